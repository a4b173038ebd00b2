namespace SecurityTrax.Silo.Hosting;

/// <summary>How silos find each other: one machine and one silo, or a membership table in PostgreSQL.</summary>
public enum ClusteringMode
{
    Localhost = 0,
    AdoNet = 1,
}
