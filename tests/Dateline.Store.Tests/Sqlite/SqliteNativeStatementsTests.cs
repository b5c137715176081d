using Dateline.Store.Sql;
using Dateline.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace Dateline.Store.Tests.Sqlite;

/// <summary>
/// Statements bound by position on the connection's handle give what the ADO.NET commands give: the same stored
/// values and types, $n bound to the value at n whatever order the SQL names them in, NULLs, scalars as
/// ExecuteScalar returns them, and the statements they do not take (values of other types, several statements) left
/// to the command.
/// </summary>
public sealed class SqliteNativeStatementsTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public SqliteNativeStatementsTests()
    {
        _connection.Open();
        _connection.Execute("CREATE TABLE t(a, b, c, d, e)");
    }

    public void Dispose() => _connection.Dispose();

    [Fact]
    public void WritesWhatTheCommandWritesWithParametersInAnyOrder()
    {
        object?[][] rows =
        [
            [7L, 2.5, "héllo", new byte[] { 1, 2 }, null],
            [3, true, string.Empty, Array.Empty<byte>(), DBNull.Value],
            [1L, "x", null, 0.125, false],
            [2L, "y\0z", 9, -1.0, new byte[] { 255 }],
        ];
        _connection.Execute("CREATE TABLE expected(a, b, c, d, e)");
        using var transaction = _connection.BeginTransaction();
        using (var sql = new CommandCache(_connection, transaction, SqliteDialect.Instance))
        {
            sql.NonQuery("ins", "INSERT INTO t(e, d, c, b, a) VALUES($5, $4, $3, $2, $1)", rows[0]);
            sql.NonQuery("ins", "INSERT INTO t(e, d, c, b, a) VALUES($5, $4, $3, $2, $1)", rows[1]);
            sql.InsertRows("rows", "t(a, b, c, d, e)", rows[2..]);
        }

        foreach (var row in rows)
        {
            using var command = _connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "INSERT INTO expected(a, b, c, d, e) VALUES(@a, @b, @c, @d, @e)";
            for (var i = 0; i < row.Length; i++)
            {
                command.Parameters.AddWithValue("@" + (char)('a' + i), row[i] ?? DBNull.Value);
            }

            command.ExecuteNonQuery();
        }

        transaction.Commit();
        var written = Rows("SELECT a, b, c, d, e FROM t ORDER BY a");
        Assert.Equal(4, written.Count);
        Assert.Equal(Rows("SELECT a, b, c, d, e FROM expected ORDER BY a"), written);
    }

    [Fact]
    public void TextIsBoundAsTheLibrarysStringBindingBindsIt()
    {
        // The native statements encode strings into one reused buffer: every string must be stored as SQLitePCLRaw's
        // own string binding stores it (U+0000 kept, lone surrogates as U+FFFD, the empty string as '' and not NULL),
        // the long ones that outgrow the buffer included.
        string[] texts =
        [
            string.Empty, "\0", "\0a", "a\0b", "héllo", "\uD800", "x\uDC00y", "😀 ok", new string('é', 5000),
            string.Concat(Enumerable.Repeat("Ärger 😀 ", 3000)), "after the long ones",
        ];
        _connection.Execute("CREATE TABLE expected(a, b)");
        using var transaction = _connection.BeginTransaction();
        using (var sql = new CommandCache(_connection, transaction, SqliteDialect.Instance))
        {
            for (var i = 0; i < texts.Length; i++)
            {
                sql.NonQuery("ins", "INSERT INTO t(a, b) VALUES($1, $2)", (long)i, texts[i]);
            }
        }

        SQLitePCL.raw.sqlite3_prepare_v2(_connection.Handle, "INSERT INTO expected(a, b) VALUES(?1, ?2)", out var statement);
        using (statement)
        {
            for (var i = 0; i < texts.Length; i++)
            {
                SQLitePCL.raw.sqlite3_bind_int64(statement, 1, i);
                SQLitePCL.raw.sqlite3_bind_text(statement, 2, texts[i]);
                Assert.Equal(SQLitePCL.raw.SQLITE_DONE, SQLitePCL.raw.sqlite3_step(statement));
                SQLitePCL.raw.sqlite3_reset(statement);
            }
        }

        transaction.Commit();
        var written = Rows("SELECT a, typeof(b), length(CAST(b AS BLOB)), hex(b) FROM t ORDER BY a");
        Assert.Equal(texts.Length, written.Count);
        Assert.Equal(Rows("SELECT a, typeof(b), length(CAST(b AS BLOB)), hex(b) FROM expected ORDER BY a"), written);
        Assert.Equal(["integer:0|text:text|integer:0|text:", "integer:3|text:text|integer:3|text:610062"], Rows("SELECT a, typeof(b), length(CAST(b AS BLOB)), hex(b) FROM t WHERE a IN (0, 3) ORDER BY a"));
    }

    [Fact]
    public void ScalarsComeBackAsExecuteScalarReturnsThem()
    {
        using var transaction = _connection.BeginTransaction();
        using var sql = new CommandCache(_connection, transaction, SqliteDialect.Instance);
        Assert.Equal(1L, sql.Scalar("returning", "INSERT INTO t(a, b) VALUES($1, $2) RETURNING rowid", 5L, "five"));
        Assert.Equal("five", sql.Scalar("text", "SELECT b FROM t WHERE a = $1", 5L));
        Assert.Equal(DBNull.Value, sql.Scalar("null", "SELECT c FROM t WHERE a = $1", 5L));
        Assert.Null(sql.Scalar("none", "SELECT b FROM t WHERE a = $1", 6L));
        Assert.Equal(2.5, sql.Scalar("real", "SELECT $1 * 1.0", 2.5));
        Assert.Equal(new byte[] { 4 }, sql.Scalar("blob", "SELECT $1", new byte[] { 4 }));
    }

    [Fact]
    public void ReadsEveryRowInPlace()
    {
        using var transaction = _connection.BeginTransaction();
        using var sql = new CommandCache(_connection, transaction, SqliteDialect.Instance);
        sql.InsertRows("rows", "t(a, b, c, d, e)", [[1L, "one", 1.5, new byte[] { 1, 2, 3 }, null], [2L, "two", 2.5, new byte[] { 4 }, 8L]]);
        var seen = new List<string>();
        sql.ForEach("all", "SELECT a, b, c, d, e FROM t WHERE a >= $1 ORDER BY a", [1L], row =>
            seen.Add($"{row.Int64(0)} {row.Text(1)} {row.Double(2)} {row.Blob(3).Length} {(row.IsNull(4) ? "null" : row.Int64(4))}"));
        Assert.Equal(["1 one 1.5 3 null", "2 two 2.5 1 8"], seen);
    }

    [Fact]
    public void InsertsOfTheSameSizeInOneBatchEachWriteTheirOwnRows()
    {
        // The statement's value array is kept and filled again for every run of a size: no run may leave its values to
        // the next (a partial run of 2 after two full runs of 16; a run of 16 again after it).
        object?[][] Made(int first, int count) => [.. Enumerable.Range(first, count).Select(i => new object?[] { (long)i, "r" + i, i * 0.5, null, i % 2 == 0 ? null : (long)i })];
        using var transaction = _connection.BeginTransaction();
        using (var sql = new CommandCache(_connection, transaction, SqliteDialect.Instance))
        {
            sql.InsertRows("rows", "t(a, b, c, d, e)", Made(0, 34));
            sql.InsertRows("rows", "t(a, b, c, d, e)", Made(100, 16));
            sql.InsertRows("rows", "t(a, b, c, d, e)", Made(200, 2));
        }

        transaction.Commit();
        var expected = new[] { 0, 100, 200 }.Zip([34, 16, 2]).SelectMany(p => Enumerable.Range(p.First, p.Second))
            .Select(i => $"integer:{i}|text:r{i}|real:{(i * 0.5).ToString(System.Globalization.CultureInfo.InvariantCulture)}|null|{(i % 2 == 0 ? "null" : $"integer:{i}")}");
        Assert.Equal(expected, Rows("SELECT a, b, c, d, e FROM t ORDER BY a"));
    }

    [Fact]
    public void LeavesWhatItDoesNotBindToTheCommand()
    {
        using var native = new SqliteNativeStatements(_connection);
        Assert.False(native.TryNonQuery("decimal", "INSERT INTO t(a) VALUES($1)", [1.5m]));
        Assert.False(native.TryNonQuery("nan", "INSERT INTO t(a) VALUES($1)", [double.NaN]));
        Assert.False(native.TryNonQuery("two", "INSERT INTO t(a) VALUES($1); INSERT INTO t(a) VALUES($1)", [1L]));
        Assert.False(native.TryNonQuery("named", "INSERT INTO t(a, b) VALUES($1, @other)", [1L]));
        Assert.True(native.TryNonQuery("one", "INSERT INTO t(a) VALUES($1)", [1L]));
        Assert.Equal(["integer:1|null|null|null|null"], Rows("SELECT a, b, c, d, e FROM t"));
    }

    [Fact]
    public void AFailingStatementThrowsAndTheNextRunWorks()
    {
        _connection.Execute("CREATE TABLE u(k PRIMARY KEY)");
        using var native = new SqliteNativeStatements(_connection);
        Assert.True(native.TryNonQuery("u", "INSERT INTO u(k) VALUES($1)", [1L]));
        Assert.Throws<SqliteException>(() => native.TryNonQuery("u", "INSERT INTO u(k) VALUES($1)", [1L]));
        Assert.True(native.TryNonQuery("u", "INSERT INTO u(k) VALUES($1)", [2L]));
        Assert.Equal(["integer:1", "integer:2"], Rows("SELECT k FROM u ORDER BY k"));
    }

    [Fact]
    public void ANameGivenOtherSqlIsPreparedAgain()
    {
        using var native = new SqliteNativeStatements(_connection);
        Assert.True(native.TryScalar("q", "SELECT $1 + 1", [1L], out var first));
        Assert.True(native.TryScalar("q", "SELECT $1 + 2", [1L], out var second));
        Assert.Equal(2L, first);
        Assert.Equal(3L, second);
    }

    [Fact]
    public void KeptStatementsServeTransactionAfterTransactionAndFollowTheSchema()
    {
        var dialect = SqliteDialect.Instance;
        dialect.KeepStatements(_connection);
        try
        {
            using (var lease = dialect.NativeStatements(_connection))
            {
                Assert.IsType<SqliteNativeStatements.Lease>(lease);
            }

            foreach (var value in new[] { 1L, 2L })
            {
                using var transaction = _connection.BeginTransaction();
                using (var sql = new CommandCache(_connection, transaction, dialect))
                {
                    sql.NonQuery("ins", "INSERT INTO t(a, b) VALUES($1, $2)", value, "v");
                }

                transaction.Commit();

                // A column added between two batches: the kept statement is prepared again by SQLite itself.
                _connection.Execute("ALTER TABLE t ADD COLUMN f" + value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            using (var transaction = _connection.BeginTransaction())
            using (var sql = new CommandCache(_connection, transaction, dialect))
            {
                Assert.Equal(2L, sql.Scalar("count", "SELECT count(*) FROM t WHERE b = $1", "v"));
            }
        }
        finally
        {
            dialect.ReleaseStatements(_connection);
        }

        using (var own = dialect.NativeStatements(_connection))
        {
            Assert.IsType<SqliteNativeStatements>(own);
        }

        Assert.Equal(["integer:1|text:v", "integer:2|text:v"], Rows("SELECT a, b FROM t ORDER BY a"));
    }

    [Fact]
    public void KeptStatementsServeOnlyTheHandleTheyWerePreparedOn()
    {
        var dialect = SqliteDialect.Instance;
        using var connection = new SqliteConnection("Data Source=:memory:;Pooling=False");
        connection.Open();
        dialect.KeepStatements(connection);
        try
        {
            connection.Close();
            connection.Open();
            using var own = dialect.NativeStatements(connection);
            Assert.IsType<SqliteNativeStatements>(own);
        }
        finally
        {
            dialect.ReleaseStatements(connection);
        }
    }

    private List<string> Rows(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => Describe(reader, i))));
        }

        return rows;
    }

    private static string Describe(SqliteDataReader reader, int i) => reader.GetDataTypeName(i) switch
    {
        _ when reader.IsDBNull(i) => "null",
        "INTEGER" => "integer:" + reader.GetInt64(i).ToString(System.Globalization.CultureInfo.InvariantCulture),
        "REAL" => "real:" + reader.GetDouble(i).ToString(System.Globalization.CultureInfo.InvariantCulture),
        "TEXT" => "text:" + reader.GetString(i),
        _ => "blob:" + Convert.ToHexString(reader.GetFieldValue<byte[]>(i)),
    };
}
