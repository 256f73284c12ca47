namespace TakeUp.Runs.Loading;

/// <summary>Which households a run loads: all of the municipality's, or only those with pending changes.</summary>
public enum LoadScope { All, Pending }
