package cn.liantu.analysis;

/**
 * Points of the investment-target score (招商目标评分): an explainable sum of factors.
 *
 * @param strength         points for the biggest firm of a segment; others get them in proportion to revenue
 * @param perTag           points per qualification tag (专精特新, 小巨人, 单项冠军 …)
 * @param tagCap           at most this many points for tags
 * @param fortuneGlobal500 points for a place on 世界500强 (the best ranking list held counts)
 * @param china500         points for a place on 中国500强
 * @param industryTop50    points for a place on 行业50强
 * @param chainLeader      points for leading the chain somewhere (链主)
 * @param perSupplyTie     points per enterprise in the scope it already supplies or buys from (以商招商)
 * @param supplyTieCap     at most this many points for supply ties
 */
public record TargetWeights(double strength, double perTag, double tagCap, double fortuneGlobal500, double china500,
                            double industryTop50, double chainLeader, double perSupplyTie, double supplyTieCap) {

    public static final TargetWeights DEFAULTS = new TargetWeights(40, 5, 15, 20, 15, 10, 15, 5, 20);

    public TargetWeights {
        double[] all = {strength, perTag, tagCap, fortuneGlobal500, china500, industryTop50, chainLeader, perSupplyTie,
                supplyTieCap};
        for (double value : all) {
            if (value < 0) {
                throw new IllegalArgumentException("Target weights must be non-negative, got " + value);
            }
        }
    }
}
