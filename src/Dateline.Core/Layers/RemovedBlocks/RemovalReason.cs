namespace Dateline.Core.Layers.RemovedBlocks;

/// <summary>The reasons a block is dropped from the body; stable strings of the output contract.</summary>
public static class RemovalReason
{
    public const string ErrorWidget = "error widget";
    public const string ReadingTime = "reading time";
    public const string SectionLabel = "section label";
    public const string CommentNotice = "comment notice";
    public const string Navigation = "navigation";
    public const string TeaserList = "teaser list";
    public const string SharePrompt = "share/follow prompt";
    public const string Advertisement = "advertisement";
    public const string CookieNotice = "cookie notice";
    public const string Footer = "footer";
    public const string Header = "header";
    public const string Byline = "byline";
    public const string Newsletter = "newsletter";
    public const string Caption = "caption";
    public const string Timestamp = "timestamp";
    public const string Title = "title";
    public const string Boilerplate = "boilerplate";
    public const string OutsideArticle = "outside article";
    public const string Duplicate = "duplicate";
}
