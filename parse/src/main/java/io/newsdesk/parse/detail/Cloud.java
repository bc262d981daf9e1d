package io.newsdesk.parse.detail;

/**
 * RSS's {@code cloud}: the rssCloud service to ask for change notifications, as stated.
 *
 * @param domain the service's host
 * @param port its port
 * @param path its path
 * @param registerProcedure the procedure to call
 * @param protocol {@code xml-rpc}, {@code soap} or {@code http-post}
 */
public record Cloud(String domain, String port, String path, String registerProcedure, String protocol) {}
