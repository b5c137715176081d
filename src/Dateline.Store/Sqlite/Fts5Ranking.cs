using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace Dateline.Store.Sqlite;

/// <summary>
/// <c>dateline_bm25(articles_fts, w0, w1, n0, n1, …)</c>: FTS5's own BM25 (same k1 1.2, b 0.75, column weights w,
/// document length and average from the index) with each query phrase's article count n given by the caller instead
/// of counted by the function. FTS5's <c>bm25()</c> counts them by running every phrase over the whole index before
/// its first score (a word in every article is a pass over a million rows per search, 30-37 ms of CPU on the 1M
/// store, bench/README.md, issue 20); the store keeps those counts (<see cref="SqliteTermCounts"/>). An FTS5
/// auxiliary function, registered per connection through SQLite's C API (<c>fts5_api.xCreateFunction</c>).
/// </summary>
internal static unsafe class Fts5Ranking
{
    /// <summary>The function's SQL name.</summary>
    public const string Name = "dateline_bm25";

    /// <summary>The SQL name of <see cref="Frequency"/>.</summary>
    public const string FrequencyName = "dateline_frequency";

    /// <summary>The SQL name of <see cref="Size"/>.</summary>
    public const string SizeName = "dateline_size";

    /// <summary>Phrases a query may have for this function (a larger query is scored by bm25()).</summary>
    public const int MaxPhrases = 64;

    private const string Library = "e_sqlite3";
    /// <summary>BM25's k1 (term frequency saturation), as FTS5's bm25().</summary>
    internal const double K1 = 1.2;

    /// <summary>BM25's b (length normalisation), as FTS5's bm25().</summary>
    internal const double B = 0.75;

    /// <summary>Connections (their native handles, alive as long as the connection) the function is registered on.</summary>
    private static readonly ConditionalWeakTable<object, object> Registered = [];

    /// <summary>
    /// Registers the function on this open connection once (a pooled connection keeps it); false when the SQLite
    /// library cannot be reached through its C API (a build without the native e_sqlite3): then bm25() ranks.
    /// </summary>
    public static bool TryRegister(SqliteConnection connection)
    {
        try
        {
            Register(connection);
            return true;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or StoreException)
        {
            return false;
        }
    }

    /// <summary>Registers the function on this open connection once (a pooled connection keeps it).</summary>
    public static void Register(SqliteConnection connection)
    {
        var handle = connection.Handle ?? throw new InvalidOperationException("the connection is not open");
        lock (Registered)
        {
            if (Registered.TryGetValue(handle, out _))
            {
                return;
            }

            var db = handle.DangerousGetHandle();
            IntPtr api = 0;
            IntPtr statement = 0;
            fixed (byte* sql = "SELECT fts5(?1)\0"u8)
            fixed (byte* type = "fts5_api_ptr\0"u8)
            fixed (byte* name = "dateline_bm25\0"u8)
            fixed (byte* frequencyName = "dateline_frequency\0"u8)
            fixed (byte* sizeName = "dateline_size\0"u8)
            {
                try
                {
                    Check(sqlite3_prepare_v2(db, sql, -1, &statement, 0), "prepare");
                    Check(sqlite3_bind_pointer(statement, 1, &api, type, 0), "bind");
                    sqlite3_step(statement);
                }
                finally
                {
                    sqlite3_finalize(statement);
                }

                if (api == 0)
                {
                    throw new StoreException("SQLite gave no FTS5 API to register the ranking function with");
                }

                // fts5_api: int iVersion, then xCreateTokenizer, xFindTokenizer, xCreateFunction.
                var create = (delegate* unmanaged[Cdecl]<IntPtr, byte*, IntPtr, delegate* unmanaged[Cdecl]<IntPtr, IntPtr, IntPtr, int, IntPtr*, void>, IntPtr, int>)((IntPtr*)(api + sizeof(IntPtr)))[2];
                Check(create(api, name, 0, &Score, 0), "create function");
                Check(create(api, frequencyName, 0, &Frequency, 0), "create function");
                Check(create(api, sizeName, 0, &Size, 0), "create function");
            }

            Registered.Add(handle, handle);
        }
    }

    private static void Check(int code, string step)
    {
        if (code != 0)
        {
            throw new StoreException($"registering {Name} failed at {step} (SQLite code {code})");
        }
    }

    /// <summary>The score of the current row (negated, lower is better, as bm25()).</summary>
    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Score(IntPtr apiPointer, IntPtr fts, IntPtr context, int count, IntPtr* values)
    {
        // Fts5ExtensionApi: int iVersion, then the functions in the order of fts5.h.
        var api = (IntPtr*)(apiPointer + sizeof(IntPtr));
        var columnCount = ((delegate* unmanaged[Cdecl]<IntPtr, int>)api[1])(fts);
        var phraseCount = ((delegate* unmanaged[Cdecl]<IntPtr, int>)api[5])(fts);
        if (phraseCount > MaxPhrases || count != columnCount + phraseCount)
        {
            Error(context, "dateline_bm25: give a weight per column and an article count per phrase"u8);
            return;
        }

        long rows = 0, tokens = 0;
        var rc = ((delegate* unmanaged[Cdecl]<IntPtr, long*, int>)api[2])(fts, &rows);
        rc |= ((delegate* unmanaged[Cdecl]<IntPtr, int, long*, int>)api[3])(fts, -1, &tokens);
        var frequency = stackalloc double[phraseCount];
        for (var p = 0; p < phraseCount; p++)
        {
            frequency[p] = 0;
        }

        int instances = 0, size = 0;
        rc |= ((delegate* unmanaged[Cdecl]<IntPtr, int*, int>)api[7])(fts, &instances);
        var inst = (delegate* unmanaged[Cdecl]<IntPtr, int, int*, int*, int*, int>)api[8];
        for (var i = 0; rc == 0 && i < instances; i++)
        {
            int phrase, column, offset;
            rc |= inst(fts, i, &phrase, &column, &offset);
            if (rc == 0)
            {
                frequency[phrase] += sqlite3_value_double(values[column]);
            }
        }

        rc |= ((delegate* unmanaged[Cdecl]<IntPtr, int, int*, int>)api[11])(fts, -1, &size);
        if (rc != 0)
        {
            Error(context, "dateline_bm25: the index could not be read"u8);
            return;
        }

        var score = 0.0;
        for (var p = 0; p < phraseCount; p++)
        {
            var (idf, average) = Weights(rows, tokens, sqlite3_value_int64(values[columnCount + p]));
            score += idf * (frequency[p] * (K1 + 1.0) / (frequency[p] + K1 * (1 - B + B * size / average)));
        }

        sqlite3_result_double(context, -1.0 * score);
    }

    /// <summary>
    /// <c>dateline_frequency(articles_fts, w0, w1)</c>: the row's instances of every phrase, each weighted by its column
    /// (the f of BM25 for a one-word query), so the store can keep a word's best articles (<see cref="SqliteTermCounts"/>)
    /// and score them later exactly as <see cref="Score"/> would.
    /// </summary>
    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Frequency(IntPtr apiPointer, IntPtr fts, IntPtr context, int count, IntPtr* values)
    {
        var api = (IntPtr*)(apiPointer + sizeof(IntPtr));
        var columnCount = ((delegate* unmanaged[Cdecl]<IntPtr, int>)api[1])(fts);
        if (count != columnCount)
        {
            Error(context, "dateline_frequency: give a weight per column"u8);
            return;
        }

        int instances = 0;
        var rc = ((delegate* unmanaged[Cdecl]<IntPtr, int*, int>)api[7])(fts, &instances);
        var inst = (delegate* unmanaged[Cdecl]<IntPtr, int, int*, int*, int*, int>)api[8];
        var frequency = 0.0;
        for (var i = 0; rc == 0 && i < instances; i++)
        {
            int phrase, column, offset;
            rc |= inst(fts, i, &phrase, &column, &offset);
            if (rc == 0)
            {
                frequency += sqlite3_value_double(values[column]);
            }
        }

        if (rc != 0)
        {
            Error(context, "dateline_frequency: the index could not be read"u8);
            return;
        }

        sqlite3_result_double(context, frequency);
    }

    /// <summary><c>dateline_size(articles_fts)</c>: the row's length in tokens, all columns (BM25's document length).</summary>
    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Size(IntPtr apiPointer, IntPtr fts, IntPtr context, int count, IntPtr* values)
    {
        var api = (IntPtr*)(apiPointer + sizeof(IntPtr));
        int size = 0;
        if (((delegate* unmanaged[Cdecl]<IntPtr, int, int*, int>)api[11])(fts, -1, &size) != 0)
        {
            Error(context, "dateline_size: the index could not be read"u8);
            return;
        }

        sqlite3_result_int64(context, size);
    }

    /// <summary>
    /// A word's idf and the index's average length as <see cref="Score"/> computes them: <paramref name="rows"/> and
    /// <paramref name="tokens"/> are the index's article and token totals, <paramref name="hits"/> the word's article
    /// count. Whoever scores a word's part elsewhere (<see cref="SqliteTermCounts.AppendBest"/>) uses these and the
    /// function's arithmetic in its order, so the scores are equal to the bit.
    /// </summary>
    internal static (double Idf, double Average) Weights(long rows, long tokens, long hits)
    {
        var average = rows > 0 ? (double)tokens / rows : 1.0;
        var idf = Math.Log((rows - (double)hits + 0.5) / (hits + 0.5));
        return (idf <= 0.0 ? 1e-6 : idf, average);
    }

    private static void Error(IntPtr context, ReadOnlySpan<byte> message)
    {
        fixed (byte* text = message)
        {
            sqlite3_result_error(context, text, message.Length);
        }
    }

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    private static extern int sqlite3_prepare_v2(IntPtr db, byte* sql, int bytes, IntPtr* statement, IntPtr tail);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    private static extern int sqlite3_bind_pointer(IntPtr statement, int index, void* pointer, byte* type, IntPtr destroy);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    private static extern int sqlite3_step(IntPtr statement);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    private static extern int sqlite3_finalize(IntPtr statement);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    private static extern double sqlite3_value_double(IntPtr value);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    private static extern long sqlite3_value_int64(IntPtr value);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    private static extern void sqlite3_result_double(IntPtr context, double value);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    private static extern void sqlite3_result_int64(IntPtr context, long value);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    private static extern void sqlite3_result_error(IntPtr context, byte* message, int bytes);
}
