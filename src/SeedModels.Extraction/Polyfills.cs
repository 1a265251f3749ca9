#if NETSTANDARD2_0
// netstandard2.0 lacks the marker type behind `init` accessors and records; the compiler only needs it to exist.
namespace System.Runtime.CompilerServices
{
    internal static class IsExternalInit
    {
    }
}
#endif
