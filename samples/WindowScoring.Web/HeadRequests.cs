namespace WindowScoring.Web;

/// <summary>
/// GET endpoints that answer HEAD too (a minimal API's <c>MapGet</c> answers HEAD with 405): the same handler, headers
/// and status; the server sends no body for HEAD.
/// </summary>
internal static class HeadRequests
{
    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    public static RouteHandlerBuilder MapGetAndHead(this IEndpointRouteBuilder app, string pattern, Delegate handler) =>
        app.MapMethods(pattern, GetAndHead, handler);
}
