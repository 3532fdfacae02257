using System.Text;

namespace Graph.Cli;

/// <summary>Reads input files strictly: a file that is not valid UTF-8 is refused with a message, never half-read.</summary>
public static class InputFiles
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Returns null and the text, or an error message.</summary>
    public static string? ReadText(string path, out string? text)
    {
        text = null;
        try
        {
            text = Strict.GetString(File.ReadAllBytes(path)).TrimStart('\uFEFF');
            return null;
        }
        catch (DecoderFallbackException e)
        {
            return $"not UTF-8 text (invalid byte at offset {e.Index})";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return e.Message;
        }
    }
}
