namespace Baken.Web;

/// <summary>
/// Marker for the interface texts: the Dutch text is the key, Resources/SharedResource.en.resx
/// holds the English (docs/adr/0007). A Dutch visitor gets the key itself.
/// </summary>
public sealed class SharedResource;
