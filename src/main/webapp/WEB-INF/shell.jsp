<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %><%
    org.stocktree.platform.web.SpaManifest spa = (org.stocktree.platform.web.SpaManifest) request.getAttribute("spa");
%><!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="UTF-8">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <title><%= request.getAttribute("title") %></title>
<% for (String style : spa.styles()) { %>
  <link rel="stylesheet" href="<%= request.getContextPath() + style %>">
<% } %>
</head>
<body>
  <div id="root"></div>
  <script id="stocktree-bootstrap" type="application/json"><%= request.getAttribute("bootstrap") %></script>
<% if (spa.present()) { %>
  <script type="module" src="<%= request.getContextPath() + spa.script() %>"></script>
<% } else { %>
  <noscript>Stocktree</noscript>
  <p>The web interface was not built into this package. The API is at <a href="<%= request.getContextPath() %>/api/">/api/</a>.</p>
<% } %>
</body>
</html>
