using Baken.Core.Assessment;
using Baken.Core.Platform;
using Baken.Core.Platform.Organisations;
using Baken.Core.Register.Products;
using Baken.Core.Validation;

namespace Baken.Core.Data;

/// <summary>
/// What a taken unique value means to the caller, per unique index (entity and its last key
/// column). Each answer is the one the use case's own check gives, so a race and a plain
/// duplicate read the same.
/// </summary>
internal static class UniqueValues
{
    public const string SubmittedBefore = "This result was submitted before; a submission is accepted once.";
    public const string KeyRegistered = "This key is already registered.";

    public static Error ErrorFor(Type entity, string property, string what) => (entity.Name, property) switch
    {
        (nameof(Product), nameof(Product.Slug)) => Error.Invalid("content.slug", "This slug is already taken.", ErrorCodes.Taken),
        (nameof(Organisation), nameof(Organisation.Slug)) => Error.Invalid("slug", "This slug is already taken.", ErrorCodes.Taken),
        (nameof(ProductVersion), nameof(ProductVersion.Label)) => Error.Invalid("label", "This version already exists for this product.", ErrorCodes.Taken),
        (nameof(SigningKey), _) => Error.Conflict(KeyRegistered, ErrorCodes.AlreadyExists),
        (nameof(ValidationResult), _) => Error.Conflict(SubmittedBefore, ErrorCodes.AlreadyExists),
        (nameof(SelfAssessment), _) => Error.Conflict(
            "A new round of this assessment was started at the same moment; continue that one.", ErrorCodes.AlreadyExists),
        _ => Error.Stale($"Someone else changed {what} at the same time. Fetch it again and retry."),
    };
}
