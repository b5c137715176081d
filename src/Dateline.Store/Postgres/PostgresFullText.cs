using System.Data.Common;
using System.Text;
using System.Text.RegularExpressions;
using Dateline.Store.Search;
using Dateline.Store.Sql;
using Npgsql;

namespace Dateline.Store.Postgres;

/// <summary>
/// Full text in PostgreSQL: a <c>tsvector</c> column with a GIN index, fed the words FTS5's unicode61 tokenizer cuts
/// (<see cref="Unicode61Tokens"/>, title words weighted A), queried with <c>to_tsquery</c>, and ranked by the same
/// BM25 as SQLite's <c>bm25(articles_fts, 10.0, 1.0)</c> (k1 1.2, b 0.75, a title word counting ten body words),
/// computed from the matching articles' term frequencies, so both stores rank a word search alike. Differences from
/// FTS5: a quoted phrase's words are ranked as separate words (FTS5 counts phrase occurrences), and a lexeme keeps
/// at most 256 positions. Snippets come from <c>ts_headline</c>, only for the returned rows.
/// </summary>
internal sealed partial class PostgresFullText : IFullTextIndex
{
    public void Index(CommandCache sql, long article, string? title, string text)
    {
        var titleTokens = Unicode61Tokens.Of(title);
        var textTokens = Unicode61Tokens.Of(text);
        sql.NonQuery(
            "fts",
            "UPDATE articles SET search_tokens = $2, tsv = setweight(to_tsvector('simple', $3), 'A') || to_tsvector('simple', $4) WHERE rowid = $1",
            article, titleTokens.Count + textTokens.Count, string.Join(' ', titleTokens), string.Join(' ', textTokens));
    }

    /// <summary>The search as <c>to_tsquery</c> text: the user's words made safe as for FTS5 (<see cref="FtsQuery"/>), then each term cut as the index cuts words.</summary>
    public string MatchFor(SearchQuery query)
    {
        var fts = FtsQuery.MatchFor(query);
        if (query.Raw && fts.Contains('\0', StringComparison.Ordinal))
        {
            // PostgreSQL text cannot hold a NUL character, so no tsquery can: the server would refuse the parameter.
            throw new SearchSyntaxException(query.Text, "a NUL character");
        }

        return query.Raw ? fts : FromFts(fts);
    }

    /// <summary>FTS5 syntax (quoted terms, "phrases", term*, AND / OR / NOT) as tsquery text.</summary>
    internal static string FromFts(string fts)
    {
        var sb = new StringBuilder();
        var pendingOperator = string.Empty;
        foreach (Match part in FtsPart().Matches(fts))
        {
            if (part.Groups["op"].Success)
            {
                pendingOperator = part.Value switch { "OR" => " | ", "NOT" => " & !", _ => " & " };
                continue;
            }

            var tokens = Unicode61Tokens.Of(part.Groups["term"].Value.Replace("\"\"", "\"", StringComparison.Ordinal));
            if (tokens.Count == 0)
            {
                continue;
            }

            var prefix = part.Groups["star"].Success ? ":*" : string.Empty;
            var term = tokens.Count == 1
                ? Lexeme(tokens[0]) + prefix
                : "(" + string.Join(" <-> ", tokens.Select(Lexeme)) + prefix + ")";
            if (sb.Length > 0)
            {
                sb.Append(pendingOperator.Length > 0 ? pendingOperator : " & ");
            }

            sb.Append(term);
            pendingOperator = string.Empty;
        }

        return sb.ToString();
    }

    public string Row => "a.rowid";

    public void AppendNewest(StringBuilder sql, DbCommand command, string match)
    {
        sql.Append("SELECT rowid FROM articles WHERE tsv @@ to_tsquery('simple', @q) ORDER BY rowid DESC LIMIT @window");
        command.Bind("@q", match);
    }

    public void AppendScored(StringBuilder sql, DbCommand command, string match)
    {
        const string Score = """
            -(SELECT coalesce(sum(t.idf * (w.f * 2.2) / (w.f + 1.2 * (0.25 + 0.75 * a.search_tokens / (SELECT avgdl FROM bm25_collection)))), 0)
              FROM bm25_terms t CROSS JOIN LATERAL (
                  SELECT coalesce(sum(10 * cardinality(array_positions(u.weights, 'A')) + cardinality(array_positions(u.weights, 'D'))), 0) AS f
                  FROM unnest(a.tsv) u WHERE CASE WHEN t.pre THEN starts_with(u.lexeme, t.lex) ELSE u.lexeme = t.lex END) w)
            """;
        var terms = Terms(match);
        sql.Append($"""
            WITH bm25_collection AS (SELECT count(*)::float8 AS n, greatest(coalesce(avg(search_tokens), 1), 1)::float8 AS avgdl FROM articles),
            bm25_terms AS (
                SELECT x.lex, x.pre, greatest(ln((c.n - x.df + 0.5) / (x.df + 0.5)), 1e-6) AS idf
                FROM bm25_collection c, (
                    SELECT l.lex, l.pre, (SELECT count(*) FROM articles y WHERE y.tsv @@ to_tsquery('simple', quote_literal(l.lex) || CASE WHEN l.pre THEN ':*' ELSE '' END))::float8 AS df
                    FROM unnest(CAST(@lex AS text[]), CAST(@pre AS boolean[])) AS l(lex, pre)) x)
            SELECT a.rowid AS rid, {Score} AS score
            FROM articles a
            WHERE a.tsv @@ to_tsquery('simple', @q)
            """);
        command.Bind("@q", match)
            .Bind("@lex", terms.Select(t => t.Lexeme).ToArray())
            .Bind("@pre", terms.Select(t => t.Prefix).ToArray());
    }

    /// <summary>
    /// A one-word search (one lexeme, no prefix): every match scored. The ranking query counts the word's articles
    /// over the whole index already (its idf), so scoring them all keeps the work of the same order and gives the
    /// exact best, as SQLite's kept best do.
    /// </summary>
    public bool AppendBest(StringBuilder sql, DbCommand command, string match, int limit)
    {
        if (Terms(match) is not [{ Prefix: false }] || match.IndexOfAny(['|', '!', '<', '&']) >= 0)
        {
            return false;
        }

        AppendScored(sql, command, match);
        return true;
    }

    public Dictionary<long, (string? Snippet, string? Title)> Highlight(DbConnection connection, SqlDialect dialect, SearchQuery query, string match, IReadOnlyCollection<long> rows, bool dense)
    {
        var marks = $"StartSel=\"{query.HighlightStart.Replace("\"", string.Empty, StringComparison.Ordinal)}\", StopSel=\"{query.HighlightEnd.Replace("\"", string.Empty, StringComparison.Ordinal)}\"";
        using var command = connection.Command($"""
            SELECT a.rowid, ts_headline('simple', a.text, to_tsquery('simple', @q), @snippet), ts_headline('simple', coalesce(a.title, ''), to_tsquery('simple', @q), @whole)
            FROM articles a WHERE {dialect.InJsonArray("a.rowid", "@rows")}
            """)
            .Bind("@q", match).Bind("@rows", StoreJson.Array(rows))
            .Bind("@snippet", marks + ", MaxWords=32, MinWords=12, MaxFragments=1, FragmentDelimiter=\" … \"")
            .Bind("@whole", marks + ", HighlightAll=true");
        return SqlSearch.ReadHighlights(command);
    }

    public void AppendMatching(StringBuilder sql, DbCommand command, string match, string columns)
    {
        sql.Append($"SELECT {columns} FROM articles a WHERE a.tsv @@ to_tsquery('simple', @q)");
        command.Bind("@q", match);
    }

    public SearchSyntaxException? SyntaxError(DbException error, SearchQuery query)
        => error is PostgresException { SqlState: PostgresErrorCodes.SyntaxError } e
            ? new SearchSyntaxException(query.Text, e.MessageText)
            : null;

    /// <summary>The words BM25 ranks by: every lexeme of the query not under NOT, with whether it is a prefix.</summary>
    private static List<QueryTerm> Terms(string tsquery)
    {
        var terms = new List<QueryTerm>();
        foreach (Match m in TsLexeme().Matches(tsquery))
        {
            if (!m.Groups["not"].Success && m.Groups["lex"].Value.Length > 0)
            {
                var term = new QueryTerm(m.Groups["lex"].Value.Replace("''", "'", StringComparison.Ordinal), m.Groups["star"].Success);
                if (!terms.Contains(term))
                {
                    terms.Add(term);
                }
            }
        }

        return terms;
    }

    private static string Lexeme(string token) => "'" + token.Replace("'", "''", StringComparison.Ordinal) + "'";

    private readonly record struct QueryTerm(string Lexeme, bool Prefix);

    [GeneratedRegex("""(?<op>\b(?:AND|OR|NOT)\b)|"(?<term>(?:[^"]|"")*)"(?<star>\*)?""")]
    private static partial Regex FtsPart();

    [GeneratedRegex("""(?<not>!\s*\(?\s*)?'(?<lex>(?:[^']|'')*)'(?<star>:\*)?""")]
    private static partial Regex TsLexeme();
}
