package org.harmattan.jobs.ingest.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/** Flattens a JSON object into source columns: nested keys joined with '.', arrays joined with '|'. */
final class JsonFields {
  private JsonFields() {}

  static Map<String, String> flatten(JsonNode object) {
    Map<String, String> fields = new LinkedHashMap<>();
    flatten("", object, fields);
    return fields;
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> into) {
    Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = prefix + e.getKey();
      JsonNode v = e.getValue();
      if (v.isObject()) {
        flatten(key + ".", v, into);
      } else if (v.isArray()) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode item : v) {
          sb.append(sb.length() == 0 ? "" : "|").append(item.isValueNode() ? item.asText() : item.toString());
        }
        into.put(key, sb.toString());
      } else if (v.isNull()) {
        into.put(key, null);
      } else {
        into.put(key, v.asText());
      }
    }
  }
}
