namespace SeedModels.Tests
{
    /// <summary>
    /// An invented story of the last Wenlow estuary ferry: the headline and byline (<see cref="Top"/>), the lead
    /// paragraph (<see cref="Lead"/>) and a second paragraph (<see cref="Second"/>).
    /// </summary>
    internal static class WenlowFerryStory
    {
        public const string Top = "The ferry that outlived its harbour\n\nBy Maren Oyelaran\n\n";

        public const string Lead = "The last ferry across the Wenlow estuary made its final crossing on Sunday, forty years after the harbour it served closed to cargo.";

        public const string Second = "The crew will stay on to maintain the slipway until the county decides what to do with it.";
    }
}
