/**
 * Stages and pipelines: a {@link se.notis.pipeline.Stage} declares the layers it requires and
 * provides; {@link se.notis.pipeline.Pipeline.Builder} rejects a stage placed before its inputs or
 * added twice; {@link se.notis.pipeline.StageRegistry} names every stage in default order and
 * shares one instance of each, so models load once per JVM.
 */
package se.notis.pipeline;
