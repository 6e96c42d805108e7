// Swagger UI over the app's own schema: no validator badge (it would ask swagger.io), deep
// links so that an operation can be linked to.
window.ui = SwaggerUIBundle({
  url: "/openapi.json",
  dom_id: "#swagger-ui",
  deepLinking: true,
  validatorUrl: null,
  presets: [SwaggerUIBundle.presets.apis],
  layout: "BaseLayout",
});
