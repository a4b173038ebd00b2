namespace SecurityTrax.Bench.Search;

/// <summary>Made-up but plausible names, cities and tags for generated customers.</summary>
public static class Names
{
    public static readonly string[] First =
    [
        "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth", "William", "Barbara",
        "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Carlos", "Karen", "Daniel", "Lisa", "Matthew", "Nancy",
        "Anthony", "Betty", "Mark", "Sandra", "Paul", "Ashley", "Steven", "Kimberly", "Andrew", "Emily", "Joshua", "Donna",
        "Kevin", "Michelle", "Brian", "Carol", "George", "Amanda", "Timothy", "Melissa", "Ronald", "Deborah", "Jason", "Laura",
    ];

    public static readonly string[] Last =
    [
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez", "Hernandez",
        "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson",
        "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright",
        "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell",
        "Mitchell", "Carter", "Roberts", "Gomez", "Phillips", "Evans", "Turner", "Diaz", "Parker", "Cruz", "Edwards", "Collins",
        "Reyes", "Stewart", "Morris", "Morales", "Murphy", "Cook", "Rogers", "Gutierrez", "Ortiz", "Morgan", "Cooper", "Peterson",
    ];

    public static readonly string[] Streets = ["Elm St", "Oak Ave", "Maple Dr", "Pine Ct", "Cedar Ln", "Main St", "Park Blvd", "Lake Rd"];

    public static readonly string[] Cities =
    [
        "Denver", "Aurora", "Lakewood", "Boulder", "Littleton", "Arvada", "Westminster", "Thornton", "Golden", "Parker",
        "Castle Rock", "Englewood", "Brighton", "Louisville", "Longmont", "Loveland", "Greeley", "Pueblo", "Fort Collins", "Broomfield",
    ];

    public static readonly string[] Tags = ["VIP", "Commercial", "Residential", "Past Due", "Referral", "Camera", "Fire", "Medical", "Cellular", "Upgrade"];
}
