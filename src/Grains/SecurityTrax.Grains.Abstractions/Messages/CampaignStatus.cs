namespace SecurityTrax.Messages;

public enum CampaignStatus
{
    Scheduled,
    Running,
    Completed,
    Canceled,
}
