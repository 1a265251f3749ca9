using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;
using static SeedModels.Tests.TestSupport;

namespace SeedModels.Tests
{
    /// <summary>Every article of both gold files, field by field (README "The article format", shared/gold and TestData/Conventions).</summary>
    public class GoldTests
    {
        public const string SeedsGold = "seeds.gold.json";
        public const string ConventionsGold = "conventions.gold.json";

        public static TheoryData<string, string> Articles()
        {
            var data = new TheoryData<string, string>();
            foreach (var gold in new[] { SeedsGold, ConventionsGold })
            {
                foreach (var article in LoadGold(gold).GetProperty("articles").EnumerateArray())
                {
                    data.Add(gold, article.GetProperty("file").GetString()!);
                }
            }

            return data;
        }

        [Fact]
        public void BothGoldFilesAreFoundWithTheirArticles()
        {
            Assert.Equal(3, LoadGold(SeedsGold).GetProperty("articles").GetArrayLength());
            Assert.Equal(32, LoadGold(ConventionsGold).GetProperty("articles").GetArrayLength());
            Assert.True(File.Exists(Path.Combine(SeedsDirectory, "000_36d0c22b3e2a0d4f.txt")), "seeds/ not found under " + RepositoryRoot);
        }

        [Theory]
        [MemberData(nameof(Articles))]
        public void ArticleMatchesGold(string goldFile, string articleFile)
        {
            var gold = LoadGold(goldFile).GetProperty("articles").EnumerateArray().Single(a => a.GetProperty("file").GetString() == articleFile);
            var directory = goldFile == SeedsGold ? SeedsDirectory : ConventionsDirectory;
            var result = ArticleReader.Parse(File.ReadAllBytes(Path.Combine(directory, articleFile)), "seeds/" + articleFile);
            Assert.True(result.Article != null, $"{articleFile}: no article; diagnostics: {string.Join(", ", result.Diagnostics.Select(d => d.Id))}");
            var article = result.Article!;
            var errors = new List<string>();

            Check(errors, "headline", NormalizeSpace(Str(gold, "headline")), NormalizeSpace(article.Headline));
            if (gold.TryGetProperty("standfirst", out var standfirst))
            {
                Check(errors, "standfirst", Nullable(standfirst, NormalizeSpace), article.Standfirst is null ? null : NormalizeSpace(article.Standfirst));
            }

            var wantAuthors = gold.GetProperty("authors").EnumerateArray().Select(a => a.GetString()!).OrderBy(a => a, StringComparer.Ordinal);
            var gotAuthors = (article.Byline?.Authors ?? Array.Empty<string>()).OrderBy(a => a, StringComparer.Ordinal);
            Check(errors, "authors", string.Join(" | ", wantAuthors), string.Join(" | ", gotAuthors));

            Check(errors, "dateline date", Str(gold, "date"), article.Dateline?.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Check(errors, "dateline place", Str(gold, "place"), article.Dateline?.Place);
            Check(errors, "dateline agency", Str(gold, "agency"), article.Dateline?.Agency);

            CheckQuotes(errors, gold, article);
            CheckCaptions(errors, gold, article);

            var wantCrossheads = gold.GetProperty("crossheads").EnumerateArray().Select(c => NormalizeSpace(c.GetString()));
            Check(errors, "crossheads", string.Join(" | ", wantCrossheads), string.Join(" | ", article.Crossheads.Select(NormalizeSpace)));

            var body = string.Join("\n", article.Paragraphs.Select(NormalizeQuotes));
            foreach (var needle in gold.GetProperty("bodyMustContain").EnumerateArray().Select(n => n.GetString()!))
            {
                if (!body.Contains(NormalizeQuotes(needle), StringComparison.Ordinal))
                {
                    errors.Add($"body lacks \"{needle}\"");
                }
            }

            foreach (var needle in gold.GetProperty("bodyMustNotContain").EnumerateArray().Select(n => n.GetString()!))
            {
                if (body.Contains(NormalizeQuotes(needle), StringComparison.Ordinal))
                {
                    errors.Add($"body holds \"{needle}\"");
                }
            }

            var wantIds = gold.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetString()!).Distinct().OrderBy(d => d, StringComparer.Ordinal);
            var gotIds = result.Diagnostics.Select(d => d.Id).Distinct().OrderBy(d => d, StringComparer.Ordinal);
            Check(errors, "diagnostic ids", string.Join(", ", wantIds), string.Join(", ", gotIds));

            if (errors.Count > 0)
            {
                Assert.Fail($"{articleFile} ({goldFile}): {errors.Count} mismatch(es)\n  " + string.Join("\n  ", errors));
            }
        }

        private static void CheckQuotes(List<string> errors, JsonElement gold, Article article)
        {
            var unmatched = article.Quotes.ToList();
            foreach (var want in gold.GetProperty("quotes").EnumerateArray())
            {
                var text = QuoteKey(want.GetProperty("text").GetString());
                var found = unmatched.FirstOrDefault(q => QuoteKey(q.Text) == text);
                if (found is null)
                {
                    errors.Add($"quote not found: \"{want.GetProperty("text").GetString()}\"");
                    continue;
                }

                unmatched.Remove(found);
                var kind = found.Kind == QuoteKind.Direct ? "direct" : "partial";
                Check(errors, $"kind of \"{Short(text)}\"", want.GetProperty("kind").GetString(), kind);
                var speaker = want.GetProperty("speaker");
                if (speaker.ValueKind == JsonValueKind.Array)
                {
                    var aliases = speaker.EnumerateArray().Select(a => a.GetString()!).ToList();
                    if (!aliases.Any(a => SpeakerKey(a) == SpeakerKey(found.Speaker)))
                    {
                        errors.Add($"speaker of \"{Short(text)}\": expected one of [{string.Join(" | ", aliases)}], got {Show(found.Speaker)}");
                    }
                }
            }

            foreach (var extra in unmatched)
            {
                errors.Add($"extra quote (line {extra.Line}): \"{extra.Text}\"");
            }
        }

        private static void CheckCaptions(List<string> errors, JsonElement gold, Article article)
        {
            var unmatched = article.ImageCaptions.ToList();
            foreach (var want in gold.GetProperty("captions").EnumerateArray())
            {
                var text = NormalizeQuotes(want.GetProperty("text").GetString());
                var found = unmatched.FirstOrDefault(c => NormalizeQuotes(c.Text) == text);
                if (found is null)
                {
                    errors.Add($"caption not found: \"{text}\"");
                    continue;
                }

                unmatched.Remove(found);
                var credit = want.GetProperty("credit");
                Check(errors, $"credit of \"{Short(text)}\"", CreditKey(credit.ValueKind == JsonValueKind.Null ? null : credit.GetString()), CreditKey(found.Credit));
            }

            foreach (var extra in unmatched)
            {
                errors.Add($"extra caption: \"{extra.Text}\" [{extra.Credit}]");
            }
        }

        private static JsonElement LoadGold(string name)
        {
            var path = name == SeedsGold ? Path.Combine(TestDataDirectory, SeedsGold) : Path.Combine(ConventionsDirectory, ConventionsGold);
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            return document.RootElement.Clone();
        }

        /// <summary>
        /// A speaker compared case-insensitively and without a leading honorific, as the scorer does (<c>Mr Trump</c> is
        /// the alias <c>Trump</c>); role words (<c>Prosecutor Amina Rashid</c>) are not dropped: they are not part of a name.
        /// </summary>
        private static string? SpeakerKey(string? speaker)
        {
            if (speaker is null)
            {
                return null;
            }

            var key = NormalizeQuotes(speaker).ToLowerInvariant();
            var honorific = Regex.Match(key, @"^(mr|mrs|ms|miss|mx|dr|sir|dame|lord|lady|prof|professor|rev)\.? (?=\S)");
            return honorific.Success ? key.Substring(honorific.Length) : key;
        }

        private static string QuoteKey(string? text) => NormalizeQuotes(text).TrimEnd(',').TrimEnd();

        private static string? CreditKey(string? credit) => credit is null ? null : Regex.Replace(NormalizeSpace(credit), @"\s*/\s*", "/");

        private static string? Str(JsonElement e, string name) => e.GetProperty(name).ValueKind == JsonValueKind.Null ? null : e.GetProperty(name).GetString();

        private static string? Nullable(JsonElement e, Func<string, string> f) => e.ValueKind == JsonValueKind.Null ? null : f(e.GetString()!);

        private static void Check(List<string> errors, string field, string? expected, string? actual)
        {
            if (!string.Equals(expected, actual, StringComparison.Ordinal))
            {
                errors.Add($"{field}: expected {Show(expected)}, got {Show(actual)}");
            }
        }

        private static string Show(string? s) => s is null ? "null" : "\"" + s + "\"";

        private static string Short(string s) => s.Length <= 50 ? s : s.Substring(0, 50) + "…";
    }
}
