using System;

namespace SeedModels
{
    /// <summary>When, where and through which news agency an article was filed.</summary>
    public sealed record Dateline
    {
        /// <summary>The date (no time of day), if the article gives one with its year.</summary>
        public DateTime? Date { get; init; }

        /// <summary>The place the article was filed from, such as <c>Washington</c>.</summary>
        public string? Place { get; init; }

        /// <summary>The news agency, such as <c>Reuters</c> or <c>AP</c>.</summary>
        public string? Agency { get; init; }
    }
}
