package se.notis.cli;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.notis.doc.Document;
import se.notis.io.ConlluDocuments;
import se.notis.io.ConlluReader;
import se.notis.io.ConlluWriter;
import se.notis.pipeline.Stage;
import se.notis.pipeline.StageRegistry;
import se.notis.tag.TagStage;
import se.notis.tag.TaggerModel;

/**
 * {@code notis tag}: tags, lemmatises and parses the sentences of a CoNLL-U file, keeping its tokens
 * and sentences, and writes CoNLL-U.
 */
@Command(name = "tag", mixinStandardHelpOptions = true,
    description = "Fills LEMMA, UPOS, XPOS, FEATS, HEAD and DEPREL of a CoNLL-U file's own tokens"
        + " (or of raw text, tokenized by notis) and writes CoNLL-U to standard output.")
final class TagCommand implements Callable<Integer> {
  enum Format { conllu, text }

  @Parameters(index = "0", paramLabel = "FILE")
  Path file;

  @Option(names = "--input", description = "Input format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format input = Format.conllu;

  @Option(names = "--tagger-model", paramLabel = "MODEL", description = "Use this tagger model instead of the bundled one.")
  Path taggerModel;

  @Option(names = "--parser-model", paramLabel = "MODEL", description = "Use this parser model instead of the bundled one.")
  Path parserModel;

  @picocli.CommandLine.Mixin ParserOverride search;

  @Override
  public Integer call() throws Exception {
    Document doc;
    if (input == Format.conllu) {
      doc = ConlluDocuments.toDocument(ConlluReader.read(file), file.getFileName().toString());
    } else {
      Document raw = Document.of(Files.readString(file));
      doc = StageRegistry.pipeline(List.of("sentences")).process(raw);
    }
    for (Stage stage : stages(taggerModel, parserModel, search)) {
      doc = stage.process(doc);
    }
    try (Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))) {
      ConlluWriter.write(doc, out);
    }
    return 0;
  }

  /**
   * The tag, lemma, parse and retag stages, with models from files where given and the parser's
   * search overridden.
   */
  static List<Stage> stages(Path taggerModel, Path parserModel, ParserOverride search) throws Exception {
    return stages(taggerModel, null, parserModel, search);
  }

  /**
   * Whether the parser model in this file (null: the bundled one) tags jointly: its tag stage must
   * keep the runners-up.
   */
  private static boolean jointParser(Path parserModel) throws java.io.IOException {
    if (parserModel == null) {
      return se.notis.parse.ParserModel.bundledTagMargin() > 0;
    }
    try (InputStream in = Files.newInputStream(parserModel)) {
      return se.notis.parse.ParserModel.read(in).tagMargin() > 0;
    }
  }

  /** The syntax stages with these models (null: the bundled one). */
  static List<Stage> stages(Path taggerModel, se.notis.lemma.LemmaModel lemmaModel, Path parserModel,
      ParserOverride search) throws Exception {
    List<Stage> stages = new ArrayList<>();
    boolean joint = jointParser(parserModel);
    if (taggerModel == null && !joint) {
      stages.add(StageRegistry.expect(TagStage.NAME));
    } else if (taggerModel == null) {
      stages.add(new TagStage(TaggerModel.bundled().tagger(), true));
    } else {
      try (InputStream in = Files.newInputStream(taggerModel)) {
        stages.add(new TagStage(TaggerModel.read(in).tagger(), joint));
      }
    }
    Stage lemma = lemmaModel == null ? StageRegistry.expect(se.notis.lemma.LemmaStage.NAME)
        : new se.notis.lemma.LemmaStage(se.notis.lemma.LemmaStage.lemmatizer(lemmaModel));
    if (!joint) {
      stages.add(lemma);
    }
    if (parserModel == null && !search.overrides()) {
      stages.add(StageRegistry.expect(se.notis.parse.ParseStage.NAME));
    } else {
      se.notis.parse.ParserModel model;
      if (parserModel == null) {
        model = se.notis.parse.ParserModel.bundled();
      } else {
        try (InputStream in = Files.newInputStream(parserModel)) {
          model = se.notis.parse.ParserModel.read(in);
        }
      }
      stages.add(new se.notis.parse.ParseStage(search.apply(model).parser()));
    }
    if (joint) {
      // The parser settles some words' tags, and the lemmas follow the tags.
      stages.add(lemma);
    }
    stages.add(taggerModel == null ? StageRegistry.expect(se.notis.tag.RetagStage.NAME)
        : new se.notis.tag.RetagStage(((TagStage) stages.get(0)).tagger()));
    return stages;
  }
}
