using System.Globalization;
using System.Net.Http.Headers;
using SecurityTrax.Bench.Schedule;

// Scheduling benchmark client (bench/schedule.sh drives it).
// Usage: SecurityTrax.Bench.Schedule <gateway url> <access token> setup <technicians> <customers>
//        SecurityTrax.Bench.Schedule <gateway url> <access token> measure <queries per view> <booking clients> <booking seconds>
var url = new Uri(args[0]);
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 128 }) { BaseAddress = url, Timeout = TimeSpan.FromMinutes(2) };
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", args[1]);
int Arg(int i) => int.Parse(args[i], CultureInfo.InvariantCulture);

if (args[2] == "setup")
{
    await Setup.RunAsync(http, Arg(3), Arg(4));
    return;
}

var (technicians, customers) = await Setup.ReadAsync(http);
await Views.MeasureAsync(http, technicians, Arg(3));
await Booking.MeasureAsync(http, technicians, customers, Arg(4), TimeSpan.FromSeconds(Arg(5)));
