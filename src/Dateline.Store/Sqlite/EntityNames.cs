using System.Text;

namespace Dateline.Store.Sqlite;

/// <summary>The key under which entity names are made canonical across the collection: case, spacing and edge punctuation ignored.</summary>
internal static class EntityNames
{
    public static string Normalize(string name)
    {
        var sb = new StringBuilder(name.Length);
        var space = false;
        foreach (var c in name.Trim().Trim('.', ',', ';', ':', '"', '\'', '(', ')', '’', '‘', '“', '”'))
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && sb.Length > 0)
            {
                sb.Append(' ');
            }

            space = false;
            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }
}
