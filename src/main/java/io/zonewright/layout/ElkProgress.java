package io.zonewright.layout;

import io.zonewright.io.Progress;
import org.eclipse.elk.core.util.BasicProgressMonitor;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * ELK's progress monitor speaking to a {@link Progress}: each phase ELK starts is a step. The one watching
 * stops the layout by throwing from its step, which ELK does not catch.
 */
final class ElkProgress extends BasicProgressMonitor {

    /** About how many phases and processors the layered algorithm runs. */
    private static final int STEPS = 40;

    private final Progress progress;
    private final AtomicInteger steps;

    ElkProgress(Progress progress) {
        this(progress, new AtomicInteger());
    }

    private ElkProgress(Progress progress, AtomicInteger steps) {
        this.progress = progress;
        this.steps = steps;
    }

    @Override
    protected void doBegin(String name, float totalWork, boolean topInstance, int maxHierarchyLevels) {
        int step = steps.getAndIncrement();
        progress.step(Math.min(step, STEPS - 1), STEPS, name.isEmpty() ? "Arranging" : name);
    }

    @Override
    protected BasicProgressMonitor doSubTask(float work, int maxHierarchyLevels) {
        return new ElkProgress(progress, steps);
    }
}
