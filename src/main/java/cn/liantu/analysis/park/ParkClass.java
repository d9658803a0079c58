package cn.liantu.analysis.park;

/** Class of a park by tax per mu among its peers: top 25%, 26–70%, 71–95%, bottom 5%. */
public enum ParkClass { A, B, C, D }
