using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SeedModels.Extraction.Diagnostics;

namespace SeedModels.Generator.Analysis
{
    /// <summary>
    /// The analyzer's descriptors, one per engine rule (titles and messages live in DiagnosticRules.cs), each with a
    /// help link to its README section (DiagnosticRule.HelpLink). Written out one by one so release tracking (RS2000-RS2008) can read them.
    /// </summary>
    internal static class Descriptors
    {
        public const string Category = "SeedModels";

        public static readonly DiagnosticDescriptor NoHeadline = new DiagnosticDescriptor(
            DiagnosticIds.NoHeadline, DiagnosticRules.NoHeadline.Title, DiagnosticRules.NoHeadline.MessageFormat, Category, DiagnosticSeverity.Warning,
            isEnabledByDefault: true, helpLinkUri: DiagnosticRules.NoHeadline.HelpLink);

        public static readonly DiagnosticDescriptor InvalidDate = new DiagnosticDescriptor(
            DiagnosticIds.InvalidDate, DiagnosticRules.InvalidDate.Title, DiagnosticRules.InvalidDate.MessageFormat, Category, DiagnosticSeverity.Warning,
            isEnabledByDefault: true, helpLinkUri: DiagnosticRules.InvalidDate.HelpLink);

        public static readonly DiagnosticDescriptor UnknownKey = new DiagnosticDescriptor(
            DiagnosticIds.UnknownKey, DiagnosticRules.UnknownKey.Title, DiagnosticRules.UnknownKey.MessageFormat, Category, DiagnosticSeverity.Warning,
            isEnabledByDefault: true, helpLinkUri: DiagnosticRules.UnknownKey.HelpLink);

        public static readonly DiagnosticDescriptor DuplicateKey = new DiagnosticDescriptor(
            DiagnosticIds.DuplicateKey, DiagnosticRules.DuplicateKey.Title, DiagnosticRules.DuplicateKey.MessageFormat, Category, DiagnosticSeverity.Warning,
            isEnabledByDefault: true, helpLinkUri: DiagnosticRules.DuplicateKey.HelpLink);

        public static readonly DiagnosticDescriptor UnclosedFrontMatter = new DiagnosticDescriptor(
            DiagnosticIds.UnclosedFrontMatter, DiagnosticRules.UnclosedFrontMatter.Title, DiagnosticRules.UnclosedFrontMatter.MessageFormat, Category, DiagnosticSeverity.Warning,
            isEnabledByDefault: true, helpLinkUri: DiagnosticRules.UnclosedFrontMatter.HelpLink);

        public static readonly DiagnosticDescriptor HtmlMarkup = new DiagnosticDescriptor(
            DiagnosticIds.HtmlMarkup, DiagnosticRules.HtmlMarkup.Title, DiagnosticRules.HtmlMarkup.MessageFormat, Category, DiagnosticSeverity.Warning,
            isEnabledByDefault: true, helpLinkUri: DiagnosticRules.HtmlMarkup.HelpLink);

        public static readonly DiagnosticDescriptor DuplicateIdentifier = new DiagnosticDescriptor(
            DiagnosticIds.DuplicateIdentifier, DiagnosticRules.DuplicateIdentifier.Title, DiagnosticRules.DuplicateIdentifier.MessageFormat, Category, DiagnosticSeverity.Warning,
            isEnabledByDefault: true, helpLinkUri: DiagnosticRules.DuplicateIdentifier.HelpLink, customTags: new[] { WellKnownDiagnosticTags.CompilationEnd });

        public static readonly DiagnosticDescriptor Unreadable = new DiagnosticDescriptor(
            DiagnosticIds.Unreadable, DiagnosticRules.Unreadable.Title, DiagnosticRules.Unreadable.MessageFormat, Category, DiagnosticSeverity.Warning,
            isEnabledByDefault: true, helpLinkUri: DiagnosticRules.Unreadable.HelpLink);

        public static readonly DiagnosticDescriptor UnbalancedQuote = new DiagnosticDescriptor(
            DiagnosticIds.UnbalancedQuote, DiagnosticRules.UnbalancedQuote.Title, DiagnosticRules.UnbalancedQuote.MessageFormat, Category, DiagnosticSeverity.Info,
            isEnabledByDefault: true, helpLinkUri: DiagnosticRules.UnbalancedQuote.HelpLink);

        public static readonly DiagnosticDescriptor MismatchedQuote = new DiagnosticDescriptor(
            DiagnosticIds.MismatchedQuote, DiagnosticRules.MismatchedQuote.Title, DiagnosticRules.MismatchedQuote.MessageFormat, Category, DiagnosticSeverity.Info,
            isEnabledByDefault: true, helpLinkUri: DiagnosticRules.MismatchedQuote.HelpLink);

        public static readonly DiagnosticDescriptor InvalidId = new DiagnosticDescriptor(
            DiagnosticIds.InvalidId, DiagnosticRules.InvalidId.Title, DiagnosticRules.InvalidId.MessageFormat, Category, DiagnosticSeverity.Warning,
            isEnabledByDefault: true, helpLinkUri: DiagnosticRules.InvalidId.HelpLink);

        public static readonly DiagnosticDescriptor EmptyValue = new DiagnosticDescriptor(
            DiagnosticIds.EmptyValue, DiagnosticRules.EmptyValue.Title, DiagnosticRules.EmptyValue.MessageFormat, Category, DiagnosticSeverity.Warning,
            isEnabledByDefault: true, helpLinkUri: DiagnosticRules.EmptyValue.HelpLink);

        public static readonly DiagnosticDescriptor LanguageVersionTooLow = new DiagnosticDescriptor(
            DiagnosticIds.LanguageVersionTooLow, DiagnosticRules.LanguageVersionTooLow.Title, DiagnosticRules.LanguageVersionTooLow.MessageFormat, Category, DiagnosticSeverity.Warning,
            isEnabledByDefault: true, helpLinkUri: DiagnosticRules.LanguageVersionTooLow.HelpLink, customTags: new[] { WellKnownDiagnosticTags.CompilationEnd });

        public static readonly DiagnosticDescriptor InternalError = new DiagnosticDescriptor(
            DiagnosticIds.InternalError, DiagnosticRules.InternalError.Title, DiagnosticRules.InternalError.MessageFormat, Category, DiagnosticSeverity.Warning,
            isEnabledByDefault: true, helpLinkUri: DiagnosticRules.InternalError.HelpLink);

        private static readonly Dictionary<string, DiagnosticDescriptor> ById = new Dictionary<string, DiagnosticDescriptor>
        {
            { DiagnosticIds.NoHeadline, NoHeadline },
            { DiagnosticIds.InvalidDate, InvalidDate },
            { DiagnosticIds.UnknownKey, UnknownKey },
            { DiagnosticIds.DuplicateKey, DuplicateKey },
            { DiagnosticIds.UnclosedFrontMatter, UnclosedFrontMatter },
            { DiagnosticIds.HtmlMarkup, HtmlMarkup },
            { DiagnosticIds.DuplicateIdentifier, DuplicateIdentifier },
            { DiagnosticIds.Unreadable, Unreadable },
            { DiagnosticIds.UnbalancedQuote, UnbalancedQuote },
            { DiagnosticIds.MismatchedQuote, MismatchedQuote },
            { DiagnosticIds.InvalidId, InvalidId },
            { DiagnosticIds.EmptyValue, EmptyValue },
            { DiagnosticIds.LanguageVersionTooLow, LanguageVersionTooLow },
            { DiagnosticIds.InternalError, InternalError },
        };

        public static ImmutableArray<DiagnosticDescriptor> All { get; } = ImmutableArray.CreateRange(ById.Values);

        public static DiagnosticDescriptor For(DiagnosticRule rule) => ById[rule.Id];
    }
}
