// Starts GraphiQL on the development page at /graphql (see graph/graphiql.py). Not vendored:
// this is the page's own bootstrap, kept out of the HTML so the CSP needs no inline script.
(function () {
  "use strict";
  var root = document.getElementById("graphiql");
  var endpoint = new URL(root.dataset.endpoint || "/graphql", window.location.href);
  var subscriptionUrl =
    (endpoint.protocol === "https:" ? "wss:" : "ws:") + "//" + endpoint.host + endpoint.pathname;

  // Queries and mutations: POST application/json with the headers pane's headers.
  // Subscriptions: graphql-transport-ws to the same endpoint; the headers pane's headers go
  // in connection_init, where the service reads "Authorization".
  var fetcher = GraphiQL.createFetcher({
    url: endpoint.href,
    subscriptionUrl: subscriptionUrl,
  });

  ReactDOM.createRoot(root).render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultQuery: root.dataset.defaultQuery,
      defaultHeaders: root.dataset.defaultHeaders,
      headerEditorEnabled: true,
      shouldPersistHeaders: false,
      defaultEditorToolsVisibility: "headers",
    })
  );
})();
