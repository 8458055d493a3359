package org.stocktree.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * The benchmark's HTTP client: signs in once for an API token (as InvenTree clients do), then
 * sends requests that must succeed and answers the SQL statements each ran, from the header the
 * server sets when {@code stocktree.test.count-statements} is on.
 */
final class BenchApi {

    static final String STATEMENTS = "X-Stocktree-Statements";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String baseUrl;
    private final String authorization;

    private BenchApi(String baseUrl, String authorization) {
        this.baseUrl = baseUrl;
        this.authorization = authorization;
    }

    static BenchApi signIn(String baseUrl, String user, String password) throws IOException, InterruptedException {
        String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        // A token of its own each run: keys derive from the server's secret, which a fresh server
        // folder generates anew, so a token issued by an earlier run no longer checks out.
        String body = new BenchApi(baseUrl, basic).send("GET", "/api/user/token/?name=benchmark-"
                + System.currentTimeMillis(), null).body();
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
        if (!token.find()) {
            throw new IllegalStateException("No API token in " + body);
        }
        return new BenchApi(baseUrl, "Token " + token.group(1));
    }

    long get(String path) throws IOException, InterruptedException {
        return statements(send("GET", path, null));
    }

    long post(String path, String json) throws IOException, InterruptedException {
        return statements(send("POST", path, json));
    }

    private HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(method, path, json), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(300, response.body().length())));
        }
        return response;
    }

    private HttpRequest request(String method, String path, String json) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofMinutes(2))
                .header("Authorization", authorization).header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build();
    }

    private static long statements(HttpResponse<String> response) {
        return response.headers().firstValue(STATEMENTS).map(Long::parseLong).orElse(-1L);
    }
}
