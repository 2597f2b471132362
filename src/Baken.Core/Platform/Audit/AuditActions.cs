namespace Baken.Core.Platform.Audit;

/// <summary>
/// The names under which use cases record their changes in the audit log. They are stored and
/// filtered on (the audit page, <c>GET /api/v1/audit-events?action=</c>), so they never change once used.
/// </summary>
public static class AuditActions
{
    public const string ApiTokenCreate = "api-token.create";
    public const string ApiTokenRevoke = "api-token.revoke";

    public const string AssessmentAnswer = "assessment.answer";
    public const string AssessmentComment = "assessment.comment";
    public const string AssessmentCopy = "assessment.copy";
    public const string AssessmentEvidenceAdd = "assessment.evidence-add";
    public const string AssessmentEvidenceRemove = "assessment.evidence-remove";
    public const string AssessmentStart = "assessment.start";
    public const string AssessmentSubmit = "assessment.submit";

    public const string DeploymentCreate = "deployment.create";
    public const string DeploymentEnd = "deployment.end";

    public const string ErrorReportCreate = "error-report.create";
    public const string ErrorReportResolve = "error-report.resolve";

    public const string EthicsRecordCreate = "ethics-record.create";
    public const string EthicsRecordDelete = "ethics-record.delete";
    public const string EthicsRecordUpdate = "ethics-record.update";

    public const string OrganisationCreate = "organisation.create";

    public const string ProductAddVersion = "product.add-version";
    public const string ProductClassify = "product.classify";
    public const string ProductCreate = "product.create";
    public const string ProductPublish = "product.publish";
    public const string ProductRequestReview = "product.request-review";
    public const string ProductReturn = "product.return";
    public const string ProductUpdate = "product.update";
    public const string ProductVerify = "product.verify";
    public const string ProductWithdraw = "product.withdraw";

    public const string SigningKeyRegister = "signing-key.register";
    public const string SigningKeyRevoke = "signing-key.revoke";

    public const string ValidationProtocolCreate = "validation-protocol.create";

    public const string ValidationResultSubmit = "validation-result.submit";
}
