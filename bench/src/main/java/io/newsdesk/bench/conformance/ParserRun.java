package io.newsdesk.bench.conformance;

import java.time.Duration;
import java.util.List;

/**
 * One parser's run over the corpus.
 *
 * @param parser the parser's name
 * @param outcomes one per test, in corpus order
 * @param elapsed the wall time of the run: parsing, mapping and evaluating every test
 */
record ParserRun(String parser, List<Outcome> outcomes, Duration elapsed) {}
