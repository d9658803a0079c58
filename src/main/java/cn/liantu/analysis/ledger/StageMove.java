package cn.liantu.analysis.ledger;

import cn.liantu.domain.ProjectStage;
import cn.liantu.domain.StageDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The rules of a project's stages: forward one step at a time, never back, with a date not
 * before the previous stage's; TERMINATED ends any stage before EFFECTIVE. Pure.
 */
public final class StageMove {

    private StageMove() {
    }

    /** Why moving from {@code current} to {@code next} on {@code date} is not allowed, or empty when it is. */
    public static Optional<String> problem(ProjectStage current, List<StageDate> reached, ProjectStage next,
                                           LocalDate date) {
        if (current == ProjectStage.TERMINATED) {
            return Optional.of("The project is terminated and moves no further");
        }
        if (next == ProjectStage.TERMINATED) {
            if (current == ProjectStage.EFFECTIVE) {
                return Optional.of("An EFFECTIVE project has reached its goal and cannot be terminated");
            }
        } else {
            int step = next.ordinal() - current.ordinal();
            if (step != 1) {
                Optional<ProjectStage> following = following(current);
                return Optional.of("A project at " + current + " can only move to "
                        + following.map(Enum::name).orElse("no further stage")
                        + (following.isPresent() ? " (one step at a time)" : "") + ", not to " + next);
            }
        }
        Optional<StageDate> latest = reached.stream().filter(d -> d.date() != null)
                .max(java.util.Comparator.comparing(d -> d.stage().ordinal()));
        if (latest.isPresent() && date.isBefore(latest.get().date())) {
            return Optional.of("The date " + date + " is before the " + latest.get().stage() + " date "
                    + latest.get().date());
        }
        return Optional.empty();
    }

    /** The stage after {@code current} in the pipeline, if any. */
    public static Optional<ProjectStage> following(ProjectStage current) {
        int index = ProjectStage.PIPELINE.indexOf(current);
        if (index < 0 || index + 1 >= ProjectStage.PIPELINE.size()) {
            return Optional.empty();
        }
        return Optional.of(ProjectStage.PIPELINE.get(index + 1));
    }
}
