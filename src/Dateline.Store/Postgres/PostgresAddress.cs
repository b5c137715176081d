using Npgsql;

namespace Dateline.Store.Postgres;

/// <summary>A store address <c>postgres://user[:password]@host[:port]/database[?sslmode=…]</c> as an Npgsql connection string.</summary>
internal static class PostgresAddress
{
    public static bool Is(string address)
        => address.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || address.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    /// <exception cref="StoreException">The address is not a PostgreSQL URL with a host and a database.</exception>
    public static string ToConnectionString(string address)
    {
        if (!Is(address) || !Uri.TryCreate(address, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host) || uri.AbsolutePath.Trim('/').Length == 0)
        {
            throw new StoreException($"{WithoutPassword(address)}: not a PostgreSQL address (postgres://user@host:5432/database)");
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.Trim('/')),
            // Statements the writer runs thousands of times are prepared by Npgsql once per connection.
            MaxAutoPrepare = 128,
            AutoPrepareMinUsages = 2,
            CommandTimeout = 300,
            ApplicationName = "dateline",
        };
        var userInfo = uri.UserInfo.Split(':', 2);
        if (userInfo[0].Length > 0)
        {
            builder.Username = Uri.UnescapeDataString(userInfo[0]);
        }

        if (userInfo.Length == 2)
        {
            builder.Password = Uri.UnescapeDataString(userInfo[1]);
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            if (kv[0].Equals("sslmode", StringComparison.OrdinalIgnoreCase) && kv.Length == 2 && Enum.TryParse<SslMode>(kv[1], ignoreCase: true, out var ssl))
            {
                builder.SslMode = ssl;
            }
        }

        return builder.ConnectionString;
    }

    /// <summary>The address as it may be printed: the password replaced by ***.</summary>
    public static string WithoutPassword(string address)
    {
        var at = address.IndexOf('@', StringComparison.Ordinal);
        var scheme = address.IndexOf("://", StringComparison.Ordinal);
        if (at < 0 || scheme < 0 || at < scheme)
        {
            return address;
        }

        var colon = address.IndexOf(':', scheme + 3);
        return colon > 0 && colon < at ? address[..(colon + 1)] + "***" + address[at..] : address;
    }
}
