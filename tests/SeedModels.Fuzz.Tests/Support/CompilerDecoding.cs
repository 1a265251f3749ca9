using System.Text;

namespace SeedModels.Fuzz.Tests.Support
{
    /// <summary>
    /// What the compiler makes of an additional file's bytes. The in-memory <see cref="Microsoft.CodeAnalysis.AdditionalText"/>
    /// the fuzz feeds the generator and the analyzer holds text, not bytes, so the decoding the compiler does when it reads
    /// the file (Roslyn's EncodedStringText) is simulated here, with the encoding it reports: a byte-order mark chooses the
    /// encoding (UTF-8, or UTF-16 LE/BE) and is dropped; otherwise the bytes are decoded as strict UTF-8, and when that fails
    /// the compiler falls back to the machine's ANSI code page: a lenient UTF-8 here on Linux (each bad byte becomes U+FFFD;
    /// Windows-1252 on Windows). A fallback decoding holding two NULs in a row is refused outright (CS2015), which the
    /// package's build task turns into SEED008 before the compiler runs.
    /// </summary>
    internal static class CompilerDecoding
    {
        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        private static readonly UTF8Encoding LenientUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

        public static string Decode(byte[] bytes) => Decode(bytes, out _, out _);

        public static string Decode(byte[] bytes, out Encoding encoding, out bool refusedAsBinary)
        {
            refusedAsBinary = false;
            if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            {
                encoding = Encoding.UTF8;
                return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
            }

            if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            {
                encoding = Encoding.Unicode;
                return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
            }

            if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            {
                encoding = Encoding.BigEndianUnicode;
                return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
            }

            try
            {
                encoding = StrictUtf8;
                return StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                encoding = LenientUtf8;
                var text = LenientUtf8.GetString(bytes);
                refusedAsBinary = text.Contains("\0\0", System.StringComparison.Ordinal);
                return text;
            }
        }

        /// <summary>Whether the bytes are strict UTF-8 (a leading UTF-8 BOM allowed): what <c>ArticleReader.Parse(byte[])</c> accepts.</summary>
        public static bool IsStrictUtf8(byte[] bytes)
        {
            try
            {
                StrictUtf8.GetString(bytes);
                return true;
            }
            catch (DecoderFallbackException)
            {
                return false;
            }
        }
    }
}
