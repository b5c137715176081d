namespace Dateline.Extraction.Input;

/// <summary>Derives a document id from a file name: the name without its page extensions (a.html.gz → a).</summary>
public static class DocumentIds
{
    private static readonly string[] StrippedExtensions = [".gz", ".txt", ".html", ".htm", ".xhtml", ".warc", ".jsonl", ".json"];

    public static string FromPath(string path)
    {
        var name = Path.GetFileName(path);
        bool stripped;
        do
        {
            stripped = false;
            foreach (var ext in StrippedExtensions)
            {
                if (name.Length > ext.Length && name.EndsWith(ext, StringComparison.OrdinalIgnoreCase))
                {
                    name = name[..^ext.Length];
                    stripped = true;
                    break;
                }
            }
        }
        while (stripped);

        return name;
    }
}
