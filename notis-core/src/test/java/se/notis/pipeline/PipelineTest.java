package se.notis.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.notis.block.BlockStage;
import se.notis.sentence.SentenceStage;
import se.notis.tokenize.TokenizeStage;

class PipelineTest {
  @Test
  void stageBeforeItsInputsIsRejectedAtBuildTime() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Pipeline.builder().add(new BlockStage()).add(new SentenceStage()));
    assertTrue(e.getMessage().contains("'tokenize'"), e.getMessage());
  }

  @Test
  void duplicateStageIsRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> Pipeline.builder().add(new BlockStage()).add(new BlockStage()));
  }

  @Test
  void registryAddsWhatAStageNeeds() {
    assertEquals(List.of("blocks", "tokenize", "sentences"), StageRegistry.pipeline(List.of("sentences")).stageNames());
    assertEquals(List.of("blocks", "tokenize"), StageRegistry.pipeline(List.of("tokenize")).stageNames());
    assertEquals(List.of("blocks", "tokenize", "sentences", "tag", "parse", "lemma", "retag", "ner", "names"),
        StageRegistry.pipeline(List.of("names")).stageNames());
  }

  @Test
  void unknownStageNamesTheKnownOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StageRegistry.expect("nope"));
    assertTrue(e.getMessage().contains("tokenize"), e.getMessage());
  }

  @Test
  void stagesAreShared() {
    assertTrue(StageRegistry.expect(TokenizeStage.NAME) == StageRegistry.expect(TokenizeStage.NAME));
  }
}
