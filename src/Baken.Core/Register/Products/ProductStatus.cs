namespace Baken.Core.Register.Products;

public enum ProductStatus
{
    Draft,
    InReview,
    Published,
    Withdrawn,
}
