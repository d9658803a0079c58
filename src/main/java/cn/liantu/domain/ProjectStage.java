package cn.liantu.domain;

import java.util.List;

/** Stage of an investment project: RESERVE → … → EFFECTIVE in order, or TERMINATED. */
public enum ProjectStage {
    RESERVE, NEGOTIATING, SIGNED, STARTED, PRODUCING, EFFECTIVE, TERMINATED;

    /** The stages a project goes through in order; TERMINATED can end any of them. */
    public static final List<ProjectStage> PIPELINE = List.of(RESERVE, NEGOTIATING, SIGNED, STARTED, PRODUCING,
            EFFECTIVE);

    /** The property holding the date the stage was reached, e.g. signedOn. */
    public String dateProperty() {
        return name().toLowerCase() + "On";
    }
}
