// The API reference page (/api-docs): Swagger UI over this server's own OpenAPI document. No validator badge (it
// would call a server outside), no "try it out" sign-in flows beyond the session or a pasted access token.
(function () {
  "use strict";
  window.addEventListener("DOMContentLoaded", function () {
    window.SwaggerUIBundle({
      url: "/api/v1/openapi.json",
      dom_id: "#swagger-ui",
      validatorUrl: null,
      deepLinking: true,
      tryItOutEnabled: false
    });
  });
})();
