using System.Reflection;
using Baken.Core.Platform;
using Baken.Web.Infrastructure;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace Baken.Web.Api.Responses;

/// <summary>
/// What an endpoint answers: <c>TOk</c> (a typed result such as <c>Ok&lt;T&gt;</c>) or, from a use
/// case's <see cref="Error"/>, the problem for that error. The type arguments document the responses
/// in the OpenAPI document; a handler returns either value as it is (implicit conversions), so no
/// handler maps errors by hand.
/// </summary>
public abstract class ApiResult : IResult, INestedHttpResult
{
    private readonly IResult? _ok;
    private readonly Error? _error;

    private protected ApiResult(IResult ok) => _ok = ok;

    private protected ApiResult(Error error) => _error = error;

    /// <summary>The result that is executed: the success, or the problem+json for the error.</summary>
    public IResult Result => _ok ?? ProblemDetailsSetup.ToResult(_error!);

    public Task ExecuteAsync(HttpContext httpContext) => Result.ExecuteAsync(httpContext);

    private protected static void Document<TProblem>(EndpointBuilder builder)
        where TProblem : IProblemKind
    {
        var schema = TProblem.Kind == ErrorKind.Validation ? typeof(HttpValidationProblemDetails) : typeof(ProblemDetails);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(TProblem.StatusCode, schema, [ProblemDetailsSetup.ContentType]));
    }
}

/// <summary>An endpoint whose use case has no expected failure of its own (binding and sign-in problems are documented for every endpoint).</summary>
public sealed class ApiResult<TOk> : ApiResult, IEndpointMetadataProvider
    where TOk : IResult, IEndpointMetadataProvider
{
    private ApiResult(TOk ok) : base(ok) { }

    private ApiResult(Error error) : base(error) { }

    public static implicit operator ApiResult<TOk>(TOk ok) => new(ok);

    public static implicit operator ApiResult<TOk>(Error error) => new(error);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => TOk.PopulateMetadata(method, builder);
}

public sealed class ApiResult<TOk, TP1> : ApiResult, IEndpointMetadataProvider
    where TOk : IResult, IEndpointMetadataProvider
    where TP1 : IProblemKind
{
    private ApiResult(TOk ok) : base(ok) { }

    private ApiResult(Error error) : base(error) { }

    public static implicit operator ApiResult<TOk, TP1>(TOk ok) => new(ok);

    public static implicit operator ApiResult<TOk, TP1>(Error error) => new(error);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        TOk.PopulateMetadata(method, builder);
        Document<TP1>(builder);
    }
}

public sealed class ApiResult<TOk, TP1, TP2> : ApiResult, IEndpointMetadataProvider
    where TOk : IResult, IEndpointMetadataProvider
    where TP1 : IProblemKind
    where TP2 : IProblemKind
{
    private ApiResult(TOk ok) : base(ok) { }

    private ApiResult(Error error) : base(error) { }

    public static implicit operator ApiResult<TOk, TP1, TP2>(TOk ok) => new(ok);

    public static implicit operator ApiResult<TOk, TP1, TP2>(Error error) => new(error);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        TOk.PopulateMetadata(method, builder);
        Document<TP1>(builder);
        Document<TP2>(builder);
    }
}

public sealed class ApiResult<TOk, TP1, TP2, TP3> : ApiResult, IEndpointMetadataProvider
    where TOk : IResult, IEndpointMetadataProvider
    where TP1 : IProblemKind
    where TP2 : IProblemKind
    where TP3 : IProblemKind
{
    private ApiResult(TOk ok) : base(ok) { }

    private ApiResult(Error error) : base(error) { }

    public static implicit operator ApiResult<TOk, TP1, TP2, TP3>(TOk ok) => new(ok);

    public static implicit operator ApiResult<TOk, TP1, TP2, TP3>(Error error) => new(error);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        TOk.PopulateMetadata(method, builder);
        Document<TP1>(builder);
        Document<TP2>(builder);
        Document<TP3>(builder);
    }
}

public sealed class ApiResult<TOk, TP1, TP2, TP3, TP4> : ApiResult, IEndpointMetadataProvider
    where TOk : IResult, IEndpointMetadataProvider
    where TP1 : IProblemKind
    where TP2 : IProblemKind
    where TP3 : IProblemKind
    where TP4 : IProblemKind
{
    private ApiResult(TOk ok) : base(ok) { }

    private ApiResult(Error error) : base(error) { }

    public static implicit operator ApiResult<TOk, TP1, TP2, TP3, TP4>(TOk ok) => new(ok);

    public static implicit operator ApiResult<TOk, TP1, TP2, TP3, TP4>(Error error) => new(error);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        TOk.PopulateMetadata(method, builder);
        Document<TP1>(builder);
        Document<TP2>(builder);
        Document<TP3>(builder);
        Document<TP4>(builder);
    }
}

public sealed class ApiResult<TOk, TP1, TP2, TP3, TP4, TP5> : ApiResult, IEndpointMetadataProvider
    where TOk : IResult, IEndpointMetadataProvider
    where TP1 : IProblemKind
    where TP2 : IProblemKind
    where TP3 : IProblemKind
    where TP4 : IProblemKind
    where TP5 : IProblemKind
{
    private ApiResult(TOk ok) : base(ok) { }

    private ApiResult(Error error) : base(error) { }

    public static implicit operator ApiResult<TOk, TP1, TP2, TP3, TP4, TP5>(TOk ok) => new(ok);

    public static implicit operator ApiResult<TOk, TP1, TP2, TP3, TP4, TP5>(Error error) => new(error);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        TOk.PopulateMetadata(method, builder);
        Document<TP1>(builder);
        Document<TP2>(builder);
        Document<TP3>(builder);
        Document<TP4>(builder);
        Document<TP5>(builder);
    }
}

public sealed class ApiResult<TOk, TP1, TP2, TP3, TP4, TP5, TP6> : ApiResult, IEndpointMetadataProvider
    where TOk : IResult, IEndpointMetadataProvider
    where TP1 : IProblemKind
    where TP2 : IProblemKind
    where TP3 : IProblemKind
    where TP4 : IProblemKind
    where TP5 : IProblemKind
    where TP6 : IProblemKind
{
    private ApiResult(TOk ok) : base(ok) { }

    private ApiResult(Error error) : base(error) { }

    public static implicit operator ApiResult<TOk, TP1, TP2, TP3, TP4, TP5, TP6>(TOk ok) => new(ok);

    public static implicit operator ApiResult<TOk, TP1, TP2, TP3, TP4, TP5, TP6>(Error error) => new(error);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        TOk.PopulateMetadata(method, builder);
        Document<TP1>(builder);
        Document<TP2>(builder);
        Document<TP3>(builder);
        Document<TP4>(builder);
        Document<TP5>(builder);
        Document<TP6>(builder);
    }
}
