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
    /// <summary>
    /// TestData/PageLayouts: articles written for issue 11, each set out the way a real page's copied text is (galleries,
    /// bylines with dates and agencies, furniture, link lists, newsletter boxes, sign-offs, biographies), with invented
    /// publishers, people and places. Each is checked against its gold, on the fields the gold gives, as score.py compares
    /// them (author names and places ignoring case and closing punctuation, credits ignoring space around slashes).
    /// </summary>
    public class PageLayoutsGoldTests
    {
        private const string GoldFile = "pagelayouts.gold.json";

        private static string Directory => Path.Combine(TestDataDirectory, "PageLayouts");

        public static TheoryData<string> Articles()
        {
            var data = new TheoryData<string>();
            foreach (var article in LoadGold().GetProperty("articles").EnumerateArray())
            {
                data.Add(article.GetProperty("file").GetString()!);
            }

            return data;
        }

        [Fact]
        public void EveryArticleOfTheSetHasGold()
        {
            var files = System.IO.Directory.GetFiles(Directory, "*.txt").Select(f => Path.GetFileName(f)).OrderBy(f => f, StringComparer.Ordinal).ToList();
            var gold = LoadGold().GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("file").GetString()!).OrderBy(f => f, StringComparer.Ordinal).ToList();
            Assert.Equal(files, gold);
            Assert.Equal(14, gold.Count);
        }

        [Theory]
        [MemberData(nameof(Articles))]
        public void ArticleMatchesGold(string file)
        {
            var gold = LoadGold().GetProperty("articles").EnumerateArray().Single(a => a.GetProperty("file").GetString() == file);
            var result = ArticleReader.Parse(File.ReadAllBytes(Path.Combine(Directory, file)), "PageLayouts/" + file);
            var article = result.Article!;
            var errors = new List<string>();

            Check(errors, "headline", NormalizeSpace(gold.GetProperty("headline").GetString()), NormalizeSpace(article.Headline));
            if (gold.TryGetProperty("standfirst", out var standfirst))
            {
                Check(errors, "standfirst", Opt(standfirst, NormalizeSpace), article.Standfirst is null ? null : NormalizeSpace(article.Standfirst));
            }

            if (gold.TryGetProperty("authors", out var authors))
            {
                var want = authors.EnumerateArray().Select(a => Loose(a.GetString())).OrderBy(a => a, StringComparer.Ordinal);
                var got = (article.Byline?.Authors ?? Array.Empty<string>()).Select(Loose).OrderBy(a => a, StringComparer.Ordinal);
                Check(errors, "authors", string.Join(" | ", want), string.Join(" | ", got));
            }

            if (gold.TryGetProperty("date", out var date))
            {
                Check(errors, "date", Opt(date, s => s), article.Dateline?.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            if (gold.TryGetProperty("place", out var place))
            {
                Check(errors, "place", Loose(Opt(place, s => s)), Loose(article.Dateline?.Place));
            }

            if (gold.TryGetProperty("agency", out var agency))
            {
                Check(errors, "agency", Loose(Opt(agency, s => s)), Loose(article.Dateline?.Agency));
            }

            if (gold.TryGetProperty("captions", out var captions))
            {
                var want = captions.EnumerateArray().Select(c => Loose(c.GetProperty("text").GetString()) + " [" + Credit(Opt(c.GetProperty("credit"), s => s)) + "]");
                var got = article.ImageCaptions.Select(c => Loose(c.Text) + " [" + Credit(c.Credit) + "]");
                Check(errors, "captions", string.Join(" | ", want), string.Join(" | ", got));
            }

            if (gold.TryGetProperty("crossheads", out var crossheads))
            {
                Check(errors, "crossheads", string.Join(" | ", crossheads.EnumerateArray().Select(c => NormalizeQuotes(c.GetString()))), string.Join(" | ", article.Crossheads.Select(NormalizeQuotes)));
            }

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

            Assert.True(errors.Count == 0, $"{file}: {string.Join("\n  ", errors)}");
        }

        private static JsonElement LoadGold()
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Directory, GoldFile)));
            return document.RootElement.Clone();
        }

        /// <summary>As score.py's <c>norm_loose</c>: quotes straightened, spaces collapsed, lower case, closing punctuation off.</summary>
        private static string Loose(string? s) => s is null ? string.Empty : NormalizeSpace(NormalizeQuotes(s)).ToLowerInvariant().Trim(' ', '.', ',', ';', ':', '\'', '"');

        private static string Credit(string? s) => s is null ? "none" : Regex.Replace(Loose(s), @"\s*/\s*", "/");

        private static string? Opt(JsonElement e, Func<string, string> f) => e.ValueKind == JsonValueKind.Null ? null : f(e.GetString()!);

        private static void Check(List<string> errors, string field, string? expected, string? actual)
        {
            if (!string.Equals(expected, actual, StringComparison.Ordinal))
            {
                errors.Add($"{field}: expected \"{expected}\", got \"{actual}\"");
            }
        }
    }
}
