package io.newsdesk.bench.parsing;

/** A feed parser under measurement: bytes in, the number of entries it read out. */
public interface FeedDocumentParser {

    /** The name the report gives it. */
    String name();

    /**
     * Parses one document from its bytes.
     *
     * @return the number of entries read
     * @throws Exception when the parser gives up on the document; counted as a failure
     */
    int parse(byte[] document) throws Exception;
}
