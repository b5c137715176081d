namespace Dateline.Store.Queue;

/// <summary>The queue cannot be used: the server does not answer, or answers without JetStream. The message says which and what to do.</summary>
public sealed class QueueUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
