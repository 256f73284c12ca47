namespace TakeUp.Rules.Populations;

/// <summary>The values of one expression over the rows of a chunk, and per row whether it rests on a stale fact or unverified parameter.</summary>
internal readonly record struct Column(long[] Values, byte[] Doubt);
