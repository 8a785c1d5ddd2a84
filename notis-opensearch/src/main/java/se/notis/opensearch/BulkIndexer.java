package se.notis.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.http.entity.ContentType;
import org.apache.http.nio.entity.NStringEntity;
import org.opensearch.client.Request;
import org.opensearch.client.Response;
import org.opensearch.client.ResponseException;
import org.opensearch.client.RestClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends index actions to {@code _bulk} in batches. Back-pressure: a batch is sent when it holds
 * {@code maxActions} actions or {@code maxBytes} of JSON, synchronously, so a caller that adds
 * faster than the cluster indexes waits. Retries: a whole request that fails with 429/502/503/504
 * or a broken connection, and the single actions the cluster rejected with 429 (its write queue
 * full), are sent again after an exponential back-off, up to {@code maxRetries} times; any other
 * rejected action fails the flush with the cluster's reason. Not thread-safe: one per writer.
 */
final class BulkIndexer {
  private static final Logger LOG = LoggerFactory.getLogger(BulkIndexer.class);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final RestClient client;
  private final int maxActions;
  private final int maxBytes;
  private final int maxRetries;
  private final long backoffMillis;
  private final List<String> actions = new ArrayList<>();
  private int bytes;
  private long retried;

  BulkIndexer(RestClient client, int maxActions, int maxBytes, int maxRetries, long backoffMillis) {
    this.client = client;
    this.maxActions = maxActions;
    this.maxBytes = maxBytes;
    this.maxRetries = maxRetries;
    this.backoffMillis = backoffMillis;
  }

  /** Adds an index (create-or-replace) action; sends the batch when it is full. */
  void index(String index, String id, ObjectNode source) throws IOException {
    ObjectNode meta = MAPPER.createObjectNode();
    meta.putObject("index").put("_index", index).put("_id", id);
    String action = meta + "\n" + MAPPER.writeValueAsString(source) + "\n";
    actions.add(action);
    bytes += action.length();
    if (actions.size() >= maxActions || bytes >= maxBytes) {
      flush();
    }
  }

  /** Actions retried so far (a measure of the back-pressure the cluster applied). */
  long retried() {
    return retried;
  }

  /** Sends everything pending; returns when the cluster has accepted every action. */
  void flush() throws IOException {
    List<String> pending = new ArrayList<>(actions);
    actions.clear();
    bytes = 0;
    for (int attempt = 0; !pending.isEmpty(); attempt++) {
      if (attempt > 0) {
        if (attempt > maxRetries) {
          throw new IOException("bulk indexing gave up after " + maxRetries + " retries; "
              + pending.size() + " actions not indexed (cluster overloaded?)");
        }
        retried += pending.size();
        sleep(backoffMillis << Math.min(attempt - 1, 10));
      }
      pending = send(pending);
    }
  }

  /** Sends one request; returns the actions to retry. */
  private List<String> send(List<String> batch) throws IOException {
    StringBuilder body = new StringBuilder();
    for (String action : batch) {
      body.append(action);
    }
    Request request = new Request("POST", "/_bulk");
    request.setEntity(new NStringEntity(body.toString(), ContentType.create("application/x-ndjson", "UTF-8")));
    Response response;
    try {
      response = client.performRequest(request);
    } catch (ResponseException e) {
      int status = e.getResponse().getStatusLine().getStatusCode();
      if (status == 429 || status == 502 || status == 503 || status == 504) {
        LOG.debug("bulk request refused with {}; retrying", status);
        return batch;
      }
      throw e;
    } catch (java.net.ConnectException | org.apache.http.ConnectionClosedException e) {
      LOG.debug("bulk connection failed: {}; retrying", e.toString());
      return batch;
    }
    JsonNode answer = MAPPER.readTree(response.getEntity().getContent());
    if (!answer.path("errors").asBoolean(false)) {
      return List.of();
    }
    List<String> retry = new ArrayList<>();
    JsonNode items = answer.path("items");
    for (int i = 0; i < items.size() && i < batch.size(); i++) {
      JsonNode result = items.get(i).elements().next();
      int status = result.path("status").asInt(200);
      if (status == 429) {
        retry.add(batch.get(i));
      } else if (status >= 300) {
        throw new IOException("OpenSearch rejected document " + result.path("_id").asText() + ": "
            + result.path("error").path("type").asText() + ": " + result.path("error").path("reason").asText());
      }
    }
    return retry;
  }

  private static void sleep(long millis) throws InterruptedIOException {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while backing off");
    }
  }
}
