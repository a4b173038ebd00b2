using SecurityTrax.Messages;

namespace SecurityTrax.Messages.Templates;

/// <summary>The first wording of the system's own emails; admins edit them like any template.</summary>
public static class SystemTemplates
{
    public static IEnumerable<TemplateInput> Defaults() =>
    [
        Email(
            "Invoice",
            "{{ invoice.type }} {{ invoice.number }} from {{ company.name }}",
            """
            <p>Dear {{ customer.name }},</p>
            <p>Please find attached {{ invoice.type }} {{ invoice.number }} dated {{ invoice.sale_date }}
            for {{ invoice.total }}. Amount due: <strong>{{ invoice.due }}</strong> by {{ invoice.due_date }}.</p>
            {% if invoice.pay_url != "" %}<p>Pay online: <a href="{{ invoice.pay_url }}">{{ invoice.pay_url }}</a></p>{% endif %}
            <p>Thank you for your business.<br>{{ company.name }}</p>
            """),
        Email(
            "Payment receipt",
            "Receipt for your payment to {{ company.name }}",
            """
            <p>Dear {{ customer.name }},</p>
            <p>We received your payment of <strong>{{ payment.amount }}</strong> on {{ payment.date }}
            ({{ payment.method }}, transaction {{ payment.transaction_id }}).</p>
            <p>{{ payment.result }}</p>
            <p>Thank you.<br>{{ company.name }}</p>
            """),
        Email(
            "Recurring invoice generated",
            "Your invoice {{ invoice.number }} from {{ company.name }}",
            """
            <p>Dear {{ customer.name }},</p>
            <p>Your regular invoice {{ invoice.number }} for {{ invoice.total }} is ready; it is due on {{ invoice.due_date }}.
            It is attached.</p>
            {% if invoice.pay_url != "" %}<p>Pay online: <a href="{{ invoice.pay_url }}">{{ invoice.pay_url }}</a></p>{% endif %}
            <p>{{ company.name }}</p>
            """),
        Email(
            "Payment attempt result",
            "Payment for invoice {{ invoice.number }}: {{ payment.result }}",
            """
            <p>Dear {{ customer.name }},</p>
            <p>We attempted to charge {{ payment.amount }} to {{ payment.method }} for invoice {{ invoice.number }}.</p>
            <p>Result: <strong>{{ payment.result }}</strong></p>
            {% if invoice.pay_url != "" %}<p>Amount still due: {{ invoice.due }}. Pay online: <a href="{{ invoice.pay_url }}">{{ invoice.pay_url }}</a></p>{% endif %}
            <p>{{ company.name }}</p>
            """),
        Email(
            "Payment retry notice",
            "We will retry the payment of invoice {{ invoice.number }}",
            """
            <p>Dear {{ customer.name }},</p>
            <p>The automatic payment of invoice {{ invoice.number }} did not go through. We will try again on
            {{ dunning.retry_date }} for {{ dunning.amount }}.</p>
            {% if invoice.pay_url != "" %}<p>Pay now or use another card: <a href="{{ invoice.pay_url }}">{{ invoice.pay_url }}</a></p>{% endif %}
            <p>{{ company.name }}</p>
            """),
        new TemplateInput(
            "Payment retry notice (SMS)", MessageChannel.Sms, null, null,
            "{{ company.name }}: payment of invoice {{ invoice.number }} failed; we retry {{ dunning.amount }} on {{ dunning.retry_date }}. {{ invoice.pay_url }}",
            IsDynamic: true),
    ];

    public static string KindOf(int index) => SystemTemplateKinds.All[index];

    private static TemplateInput Email(string name, string subject, string html) =>
        new(name, MessageChannel.Email, subject, html, null, IsDynamic: true);
}
