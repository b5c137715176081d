namespace Dateline.Store.Export;

public enum ExportColumnType
{
    Text,
    Integer,
    Real,
}
