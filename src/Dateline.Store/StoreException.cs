namespace Dateline.Store;

/// <summary>The store cannot be opened or used (not a database, newer schema, disk full); no database types leak through it.</summary>
public sealed class StoreException : Exception
{
    public StoreException(string message)
        : base(message)
    {
    }

    public StoreException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
