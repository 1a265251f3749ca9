#if NETSTANDARD2_0
// netstandard2.0 lacks the nullable-analysis attributes; the compiler reads them by name, in this assembly's metadata too,
// so callers on net472 and netstandard2.0 get the same flow analysis as on .NET.
namespace System.Diagnostics.CodeAnalysis
{
    /// <summary>The parameter is not null when the method returns <see cref="ReturnValue"/>.</summary>
    [AttributeUsage(AttributeTargets.Parameter)]
    internal sealed class NotNullWhenAttribute : Attribute
    {
        public NotNullWhenAttribute(bool returnValue) => ReturnValue = returnValue;

        public bool ReturnValue { get; }
    }
}
#endif
