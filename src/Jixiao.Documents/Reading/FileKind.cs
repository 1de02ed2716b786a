namespace Jixiao.Documents.Reading;

/// <summary>What a file is, by its content (not its name).</summary>
public enum FileKind
{
    Text,
    Xlsx,
    Docx,
    Xls,
    EncryptedOffice,
    OtherZip,
    OtherCompound,
    Pdf,
}
