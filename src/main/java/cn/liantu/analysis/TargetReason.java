package cn.liantu.analysis;

/** One factor's points in a target score, and the evidence (理由). */
public record TargetReason(TargetFactor factor, double points, String detail) {
}
