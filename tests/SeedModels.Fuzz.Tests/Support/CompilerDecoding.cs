using System.Text;

namespace SeedModels.Fuzz.Tests.Support
{
    /// <summary>
    /// What the compiler makes of an additional file's bytes. The in-memory <see cref="Microsoft.CodeAnalysis.AdditionalText"/>
    /// the fuzz feeds the generator and the analyzer holds a string, not bytes, so the decoding the compiler does when it
    /// reads the file (Roslyn's EncodedStringText) is simulated here: a byte-order mark chooses the encoding (UTF-8, or
    /// UTF-16 LE/BE) and is dropped; otherwise the bytes are decoded as strict UTF-8, and when that fails the compiler falls
    /// back to a single-byte code page: Latin-1 (Windows-1252 on Windows machines, which differs only in 0x80–0x9F), so every
    /// byte becomes one char. Invalid UTF-8 therefore reaches the engine as Latin-1 text full of C1 controls, which is how the
    /// engine recognises it (SEED008).
    /// </summary>
    internal static class CompilerDecoding
    {
        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        public static string Decode(byte[] bytes)
        {
            if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            {
                return DecodeUtf8OrLatin1(bytes, 3);
            }

            if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            {
                return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
            }

            if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            {
                return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
            }

            return DecodeUtf8OrLatin1(bytes, 0);
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

        private static string DecodeUtf8OrLatin1(byte[] bytes, int start)
        {
            try
            {
                return StrictUtf8.GetString(bytes, start, bytes.Length - start);
            }
            catch (DecoderFallbackException)
            {
                return Encoding.Latin1.GetString(bytes, start, bytes.Length - start);
            }
        }
    }
}
